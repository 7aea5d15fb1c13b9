import { MigrationInterface, QueryRunner } from "typeorm";

export class CurriculaAndCohorts1795860346841 implements MigrationInterface {
    name = 'CurriculaAndCohorts1795860346841'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "curriculum" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "lineage_id" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(200) NOT NULL, "description" text, "status" character varying(16) NOT NULL, "min_attendance_rate" double precision NOT NULL, "min_final_score" double precision NOT NULL, "require_all_assignments" boolean NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "curriculum_lineage_version_unique" UNIQUE ("lineage_id", "version"), CONSTRAINT "curriculum_published_at_set" CHECK (("status" = 'PUBLISHED') = ("published_at" IS NOT NULL)), CONSTRAINT "curriculum_version_positive" CHECK ("version" >= 1), CONSTRAINT "curriculum_min_final_score_range" CHECK ("min_final_score" BETWEEN 0 AND 100), CONSTRAINT "curriculum_min_attendance_rate_range" CHECK ("min_attendance_rate" BETWEEN 0 AND 1), CONSTRAINT "curriculum_status_known" CHECK ("status" IN ('DRAFT', 'PUBLISHED')), CONSTRAINT "PK_ea7cdfd52edbddc8d7352e2a747" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "curriculum_hub" ON "curriculum"  ("hub_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "curriculum_one_draft_per_lineage" ON "curriculum"  ("lineage_id") WHERE "status" = 'DRAFT'`);
        await queryRunner.query(`CREATE TABLE "curriculum_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "curriculum_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "position" integer NOT NULL, CONSTRAINT "curriculum_module_position_unique" UNIQUE ("curriculum_id", "position"), CONSTRAINT "curriculum_module_position_positive" CHECK ("position" >= 1), CONSTRAINT "PK_e64ef45d0cd7ae12212e6a36acb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "instructions" text, "weight" double precision NOT NULL, "passing_score" double precision NOT NULL, "position" integer NOT NULL, CONSTRAINT "assignment_position_unique" UNIQUE ("module_id", "position"), CONSTRAINT "assignment_passing_score_range" CHECK ("passing_score" BETWEEN 0 AND 100), CONSTRAINT "assignment_weight_positive" CHECK ("weight" > 0), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "rubric_criterion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "max_points" integer NOT NULL, "position" integer NOT NULL, CONSTRAINT "rubric_criterion_position_unique" UNIQUE ("assignment_id", "position"), CONSTRAINT "rubric_criterion_max_points_range" CHECK ("max_points" BETWEEN 1 AND 100), CONSTRAINT "PK_2891a0ba24d0310a3bbad916e5c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "lesson" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "position" integer NOT NULL, "content" text NOT NULL, "video_url" character varying(2000), "duration_minutes" integer, CONSTRAINT "lesson_position_unique" UNIQUE ("module_id", "position"), CONSTRAINT "lesson_duration_positive" CHECK ("duration_minutes" IS NULL OR "duration_minutes" > 0), CONSTRAINT "lesson_content_length" CHECK (char_length("content") BETWEEN 1 AND 100000), CONSTRAINT "lesson_position_positive" CHECK ("position" >= 1), CONSTRAINT "PK_0ef25918f0237e68696dee455bd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "cohort" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "curriculum_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "capacity" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PLANNED', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cohort_capacity_positive" CHECK ("capacity" >= 1), CONSTRAINT "cohort_dates_ordered" CHECK ("starts_on" <= "ends_on"), CONSTRAINT "cohort_status_known" CHECK ("status" IN ('PLANNED', 'RUNNING', 'COMPLETED', 'CANCELLED')), CONSTRAINT "PK_4fb3cca38dc4b461110344e5f9b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "cohort_hub" ON "cohort"  ("hub_id", "starts_on") `);
        await queryRunner.query(`CREATE TABLE "cohort_mentor" ("cohort_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e630e4d3b32756456980947b38" PRIMARY KEY ("cohort_id", "mentor_id"))`);
        await queryRunner.query(`CREATE INDEX "cohort_mentor_mentor" ON "cohort_mentor"  ("mentor_id") `);
        await queryRunner.query(`CREATE TABLE "enrollment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "enrollment_cohort_trainee_unique" UNIQUE ("cohort_id", "trainee_id"), CONSTRAINT "enrollment_status_known" CHECK ("status" IN ('ENROLLED', 'WAITLISTED', 'WITHDRAWN', 'COMPLETED')), CONSTRAINT "PK_7e200c699fa93865cdcdd025885" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "enrollment_trainee" ON "enrollment"  ("trainee_id") `);
        await queryRunner.query(`CREATE INDEX "enrollment_cohort_order" ON "enrollment"  ("cohort_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "curriculum" ADD CONSTRAINT "FK_601855c7c7ae0f3e52bc664e522" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "curriculum_module" ADD CONSTRAINT "FK_165b901a4a1fa04b8c4e1d5fc01" FOREIGN KEY ("curriculum_id") REFERENCES "curriculum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_d35907cce6a810772bbeb805359" FOREIGN KEY ("module_id") REFERENCES "curriculum_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "rubric_criterion" ADD CONSTRAINT "FK_943fd249df785f8a338b45e6cef" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "lesson" ADD CONSTRAINT "FK_53d2329d64a9274517d7160c29c" FOREIGN KEY ("module_id") REFERENCES "curriculum_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort" ADD CONSTRAINT "FK_4686bc9cb930ac83fed025fd20b" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort" ADD CONSTRAINT "FK_74dbdd41afacca00d097a189914" FOREIGN KEY ("curriculum_id") REFERENCES "curriculum"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_mentor" ADD CONSTRAINT "FK_0077a93007cb2283a6b4a33a61a" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_mentor" ADD CONSTRAINT "FK_7560bee6760c0c0ce3812c8980f" FOREIGN KEY ("mentor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "enrollment" ADD CONSTRAINT "FK_ac799b39804e3de94bd3ed13902" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "enrollment" ADD CONSTRAINT "FK_7bc32253f5bed7c5a24a3ec6f9e" FOREIGN KEY ("trainee_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "FK_7bc32253f5bed7c5a24a3ec6f9e"`);
        await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "FK_ac799b39804e3de94bd3ed13902"`);
        await queryRunner.query(`ALTER TABLE "cohort_mentor" DROP CONSTRAINT "FK_7560bee6760c0c0ce3812c8980f"`);
        await queryRunner.query(`ALTER TABLE "cohort_mentor" DROP CONSTRAINT "FK_0077a93007cb2283a6b4a33a61a"`);
        await queryRunner.query(`ALTER TABLE "cohort" DROP CONSTRAINT "FK_74dbdd41afacca00d097a189914"`);
        await queryRunner.query(`ALTER TABLE "cohort" DROP CONSTRAINT "FK_4686bc9cb930ac83fed025fd20b"`);
        await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_53d2329d64a9274517d7160c29c"`);
        await queryRunner.query(`ALTER TABLE "rubric_criterion" DROP CONSTRAINT "FK_943fd249df785f8a338b45e6cef"`);
        await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_d35907cce6a810772bbeb805359"`);
        await queryRunner.query(`ALTER TABLE "curriculum_module" DROP CONSTRAINT "FK_165b901a4a1fa04b8c4e1d5fc01"`);
        await queryRunner.query(`ALTER TABLE "curriculum" DROP CONSTRAINT "FK_601855c7c7ae0f3e52bc664e522"`);
        await queryRunner.query(`DROP INDEX "public"."enrollment_cohort_order"`);
        await queryRunner.query(`DROP INDEX "public"."enrollment_trainee"`);
        await queryRunner.query(`DROP TABLE "enrollment"`);
        await queryRunner.query(`DROP INDEX "public"."cohort_mentor_mentor"`);
        await queryRunner.query(`DROP TABLE "cohort_mentor"`);
        await queryRunner.query(`DROP INDEX "public"."cohort_hub"`);
        await queryRunner.query(`DROP TABLE "cohort"`);
        await queryRunner.query(`DROP TABLE "lesson"`);
        await queryRunner.query(`DROP TABLE "rubric_criterion"`);
        await queryRunner.query(`DROP TABLE "assignment"`);
        await queryRunner.query(`DROP TABLE "curriculum_module"`);
        await queryRunner.query(`DROP INDEX "public"."curriculum_one_draft_per_lineage"`);
        await queryRunner.query(`DROP INDEX "public"."curriculum_hub"`);
        await queryRunner.query(`DROP TABLE "curriculum"`);
    }

}
