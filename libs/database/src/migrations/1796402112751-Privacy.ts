import { MigrationInterface, QueryRunner } from "typeorm";

export class Privacy1796402112751 implements MigrationInterface {
    name = 'Privacy1796402112751'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "guardian_consent" ("user_id" uuid NOT NULL, "guardian_name" character varying(200) NOT NULL, "consented_on" date NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_115a124672c2d964f29b1469be6" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid, "action" character varying(40) NOT NULL, "subject_id" uuid, "hub_id" uuid, "cohort_id" uuid, "count" integer, "reason" character varying(40), CONSTRAINT "audit_entry_reason_known" CHECK ("reason" IN ('HOLDER_REQUEST', 'GUARDIAN_REQUEST', 'DUPLICATE_ACCOUNT', 'ACCOUNT_CREATED_IN_ERROR')), CONSTRAINT "audit_entry_action_known" CHECK ("action" IN ('DATA_EXPORT_REQUESTED', 'DATA_EXPORT_DOWNLOADED', 'PERSON_ERASED', 'PROFILE_CORRECTED', 'NAME_CORRECTED', 'CERTIFICATE_REISSUED', 'PERSON_DEACTIVATED', 'PERSON_REACTIVATED', 'COHORT_REPORT_DOWNLOADED', 'COHORT_CERTIFICATES_DOWNLOADED', 'MEMBERS_LISTED', 'GUARDIAN_CONSENT_RECORDED')), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_entry_at" ON "audit_entry"  ("at") `);
        await queryRunner.query(`CREATE INDEX "audit_entry_actor_at" ON "audit_entry"  ("actor_id", "at") `);
        await queryRunner.query(`CREATE INDEX "audit_entry_subject_at" ON "audit_entry"  ("subject_id", "at") `);
        await queryRunner.query(`CREATE TABLE "data_export" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "archive" bytea, "ready_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "secret_hash" bytea, "downloaded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0765a950021643539f983b764ad" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "data_export_user" ON "data_export"  ("user_id", "requested_at") `);
        await queryRunner.query(`ALTER TABLE "user" ADD "birth_year" integer`);
        await queryRunner.query(`ALTER TABLE "user" ADD "privacy_notice_version" character varying(20)`);
        await queryRunner.query(`ALTER TABLE "user" ADD "privacy_notice_accepted_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "user" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "user" ADD "erasure_number" integer`);
        await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "UQ_678f1c4a491e86098fe32403362" UNIQUE ("erasure_number")`);
        await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "user_birth_year_range" CHECK ("birth_year" BETWEEN 1900 AND 2100)`);
        await queryRunner.query(`ALTER TABLE "guardian_consent" ADD CONSTRAINT "FK_115a124672c2d964f29b1469be6" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "data_export" ADD CONSTRAINT "FK_9fb8d72a25c5429822c55d00cb0" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "data_export" DROP CONSTRAINT "FK_9fb8d72a25c5429822c55d00cb0"`);
        await queryRunner.query(`ALTER TABLE "guardian_consent" DROP CONSTRAINT "FK_115a124672c2d964f29b1469be6"`);
        await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "user_birth_year_range"`);
        await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "UQ_678f1c4a491e86098fe32403362"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "erasure_number"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "erased_at"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "privacy_notice_accepted_at"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "privacy_notice_version"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "birth_year"`);
        await queryRunner.query(`DROP INDEX "public"."data_export_user"`);
        await queryRunner.query(`DROP TABLE "data_export"`);
        await queryRunner.query(`DROP INDEX "public"."audit_entry_subject_at"`);
        await queryRunner.query(`DROP INDEX "public"."audit_entry_actor_at"`);
        await queryRunner.query(`DROP INDEX "public"."audit_entry_at"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP TABLE "guardian_consent"`);
    }

}
