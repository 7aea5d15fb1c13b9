import { MigrationInterface, QueryRunner } from "typeorm";

/** Revocation status lists per hub (W3C Bitstring Status List), a bit per certificate. */
export class StatusList1796331886345 implements MigrationInterface {
    name = 'StatusList1796331886345'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "status_list" ("hub_id" uuid NOT NULL, "next_index" integer NOT NULL DEFAULT '0', "credential" jsonb, CONSTRAINT "PK_90a5351f3848535c7685a1efb65" PRIMARY KEY ("hub_id"))`);
        await queryRunner.query(`ALTER TABLE "certificate" ADD "status_index" integer`);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificate_status_index" ON "certificate"  ("hub_id", "status_index") `);
        await queryRunner.query(`ALTER TABLE "status_list" ADD CONSTRAINT "FK_90a5351f3848535c7685a1efb65" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "status_list" DROP CONSTRAINT "FK_90a5351f3848535c7685a1efb65"`);
        await queryRunner.query(`DROP INDEX "public"."certificate_status_index"`);
        await queryRunner.query(`ALTER TABLE "certificate" DROP COLUMN "status_index"`);
        await queryRunner.query(`DROP TABLE "status_list"`);
    }

}
