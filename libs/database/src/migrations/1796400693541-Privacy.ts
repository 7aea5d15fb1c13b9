import { MigrationInterface, QueryRunner } from "typeorm";

export class Privacy1796400693541 implements MigrationInterface {
    name = 'Privacy1796400693541'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "action" character varying(40) NOT NULL, "subject_id" uuid, "hub_id" uuid, "cohort_id" uuid, "count" integer, "reason" character varying(40), CONSTRAINT "audit_entry_reason_known" CHECK ("reason" IN ('HOLDER_REQUEST', 'GUARDIAN_REQUEST', 'DUPLICATE_ACCOUNT', 'ACCOUNT_CREATED_IN_ERROR')), CONSTRAINT "audit_entry_action_known" CHECK ("action" IN ('DATA_EXPORT_REQUESTED', 'DATA_EXPORT_DOWNLOADED', 'PERSON_ERASED', 'PROFILE_CORRECTED', 'NAME_CORRECTED', 'CERTIFICATE_REISSUED', 'PERSON_DEACTIVATED', 'PERSON_REACTIVATED', 'COHORT_REPORT_DOWNLOADED', 'COHORT_CERTIFICATES_DOWNLOADED', 'MEMBERS_LISTED', 'GUARDIAN_CONSENT_RECORDED')), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_entry_at" ON "audit_entry"  ("at") `);
        await queryRunner.query(`CREATE INDEX "audit_entry_actor_at" ON "audit_entry"  ("actor_id", "at") `);
        await queryRunner.query(`CREATE INDEX "audit_entry_subject_at" ON "audit_entry"  ("subject_id", "at") `);
        await queryRunner.query(`ALTER TABLE "user" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "user" ADD "erasure_number" integer`);
        await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "UQ_678f1c4a491e86098fe32403362" UNIQUE ("erasure_number")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "UQ_678f1c4a491e86098fe32403362"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "erasure_number"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "erased_at"`);
        await queryRunner.query(`DROP INDEX "public"."audit_entry_subject_at"`);
        await queryRunner.query(`DROP INDEX "public"."audit_entry_actor_at"`);
        await queryRunner.query(`DROP INDEX "public"."audit_entry_at"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
    }

}
