import { MigrationInterface, QueryRunner } from "typeorm";

export class DataExport1796401391531 implements MigrationInterface {
    name = 'DataExport1796401391531'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "data_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "archive" bytea, "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "secret_hash" bytea, "downloaded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0765a950021643539f983b764ad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "data_export_user" ON "data_export"  ("user_id", "requested_at") `);
        await queryRunner.query(`ALTER TABLE "data_export" ADD CONSTRAINT "FK_9fb8d72a25c5429822c55d00cb0" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "data_export" DROP CONSTRAINT "FK_9fb8d72a25c5429822c55d00cb0"`);
        await queryRunner.query(`DROP INDEX "public"."data_export_user"`);
        await queryRunner.query(`DROP TABLE "data_export"`);
    }

}
