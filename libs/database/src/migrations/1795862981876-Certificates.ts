import { MigrationInterface, QueryRunner } from "typeorm";

export class Certificates1795862981876 implements MigrationInterface {
    name = 'Certificates1795862981876'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "certificate_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "certificate_batch_cohort_unique" UNIQUE ("cohort_id"), CONSTRAINT "PK_711b4215f077f07f99ab32069d6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "certificate_batch_item" ("batch_id" uuid NOT NULL, "enrollment_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "error" character varying(300), CONSTRAINT "certificate_batch_item_status_known" CHECK ("status" IN ('PENDING', 'ISSUED', 'INELIGIBLE', 'FAILED')), CONSTRAINT "PK_265486d4d1b83cf91b24d122ef6" PRIMARY KEY ("batch_id", "enrollment_id"))`);
        await queryRunner.query(`CREATE INDEX "certificate_batch_item_pending" ON "certificate_batch_item"  ("batch_id") WHERE "status" = 'PENDING'`);
        await queryRunner.query(`CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "verification_code" character varying(32) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'VALID', "enrollment_id" uuid NOT NULL, "holder_id" uuid NOT NULL, "holder_name" character varying(200) NOT NULL, "hub_id" uuid NOT NULL, "hub_name" character varying(120) NOT NULL, "hub_city" character varying(120) NOT NULL, "hub_timezone" character varying(64) NOT NULL, "cohort_name" character varying(200) NOT NULL, "curriculum_title" character varying(200) NOT NULL, "curriculum_version" integer NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "final_score" double precision NOT NULL, "attendance_rate" double precision NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "credential" jsonb NOT NULL, "revoked_reason" character varying(500), "revoked_at" TIMESTAMP WITH TIME ZONE, "superseded_by" uuid, CONSTRAINT "UQ_60a9e298400a26898d775085a9d" UNIQUE ("verification_code"), CONSTRAINT "certificate_status_known" CHECK ("status" IN ('VALID', 'REVOKED', 'SUPERSEDED')), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "certificate_holder" ON "certificate"  ("holder_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificate_one_current_per_enrollment" ON "certificate"  ("enrollment_id") WHERE "status" <> 'SUPERSEDED'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."certificate_one_current_per_enrollment"`);
        await queryRunner.query(`DROP INDEX "public"."certificate_holder"`);
        await queryRunner.query(`DROP TABLE "certificate"`);
        await queryRunner.query(`DROP INDEX "public"."certificate_batch_item_pending"`);
        await queryRunner.query(`DROP TABLE "certificate_batch_item"`);
        await queryRunner.query(`DROP TABLE "certificate_batch"`);
    }

}
