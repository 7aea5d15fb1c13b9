import { MigrationInterface, QueryRunner } from "typeorm";

export class CertificatePdf1796329403986 implements MigrationInterface {
    name = 'CertificatePdf1796329403986'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "certificate_pdf" ("certificate_id" uuid NOT NULL, "content_key" character varying(64) NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_85e5116c3ca3c16b319b2e9892a" PRIMARY KEY ("certificate_id"))`);
        await queryRunner.query(`ALTER TABLE "certificate_pdf" ADD CONSTRAINT "FK_85e5116c3ca3c16b319b2e9892a" FOREIGN KEY ("certificate_id") REFERENCES "certificate"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "certificate_pdf" DROP CONSTRAINT "FK_85e5116c3ca3c16b319b2e9892a"`);
        await queryRunner.query(`DROP TABLE "certificate_pdf"`);
    }

}
