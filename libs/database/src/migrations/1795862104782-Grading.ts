import { MigrationInterface, QueryRunner } from "typeorm";

export class Grading1795862104782 implements MigrationInterface {
    name = 'Grading1795862104782'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "lesson_completion" ("enrollment_id" uuid NOT NULL, "lesson_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fb1b1fc0efbf1662689ec69675b" PRIMARY KEY ("enrollment_id", "lesson_id"))`);
        await queryRunner.query(`CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "enrollment_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "attempt" integer NOT NULL, "content" text NOT NULL, "status" character varying(24) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "submission_attempt_unique" UNIQUE ("enrollment_id", "assignment_id", "attempt"), CONSTRAINT "submission_content_length" CHECK (char_length("content") BETWEEN 1 AND 20000), CONSTRAINT "submission_attempt_positive" CHECK ("attempt" >= 1), CONSTRAINT "submission_status_known" CHECK ("status" IN ('SUBMITTED', 'GRADED', 'RESUBMIT_REQUESTED')), CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "submission_queue" ON "submission"  ("status", "submitted_at") `);
        await queryRunner.query(`CREATE TABLE "grade" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "submission_id" uuid NOT NULL, "score" numeric(5,2) NOT NULL, "feedback" text, "resubmission_requested" boolean NOT NULL, "graded_by" uuid NOT NULL, "graded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "grade_score_range" CHECK ("score" BETWEEN 0 AND 100), CONSTRAINT "PK_58c2176c3ae96bf57daebdbcb5e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "grade_submission" ON "grade"  ("submission_id", "graded_at") `);
        await queryRunner.query(`CREATE TABLE "criterion_score" ("grade_id" uuid NOT NULL, "criterion_id" uuid NOT NULL, "points" integer NOT NULL, CONSTRAINT "criterion_score_points_non_negative" CHECK ("points" >= 0), CONSTRAINT "PK_cc83c3a76ffe52526046af4286d" PRIMARY KEY ("grade_id", "criterion_id"))`);
        await queryRunner.query(`ALTER TABLE "lesson_completion" ADD CONSTRAINT "FK_711f9cc928aac397773afb1f4c5" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "lesson_completion" ADD CONSTRAINT "FK_ae5e17063ac87fe1acf4e97aa90" FOREIGN KEY ("lesson_id") REFERENCES "lesson"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "submission" ADD CONSTRAINT "FK_d8a2d37f197b9bf6ea04a7fdffd" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "submission" ADD CONSTRAINT "FK_e589cd305607628faf227e1e32a" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "grade" ADD CONSTRAINT "FK_500dace22625569546dbc596241" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "grade" ADD CONSTRAINT "FK_99d6759e54b620442f0fb711f67" FOREIGN KEY ("graded_by") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "criterion_score" ADD CONSTRAINT "FK_d205c8b46f5fd68717b5caa8bc8" FOREIGN KEY ("grade_id") REFERENCES "grade"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "criterion_score" ADD CONSTRAINT "FK_bc045a7af66fb885624e2d9ceb7" FOREIGN KEY ("criterion_id") REFERENCES "rubric_criterion"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "criterion_score" DROP CONSTRAINT "FK_bc045a7af66fb885624e2d9ceb7"`);
        await queryRunner.query(`ALTER TABLE "criterion_score" DROP CONSTRAINT "FK_d205c8b46f5fd68717b5caa8bc8"`);
        await queryRunner.query(`ALTER TABLE "grade" DROP CONSTRAINT "FK_99d6759e54b620442f0fb711f67"`);
        await queryRunner.query(`ALTER TABLE "grade" DROP CONSTRAINT "FK_500dace22625569546dbc596241"`);
        await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "FK_e589cd305607628faf227e1e32a"`);
        await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "FK_d8a2d37f197b9bf6ea04a7fdffd"`);
        await queryRunner.query(`ALTER TABLE "lesson_completion" DROP CONSTRAINT "FK_ae5e17063ac87fe1acf4e97aa90"`);
        await queryRunner.query(`ALTER TABLE "lesson_completion" DROP CONSTRAINT "FK_711f9cc928aac397773afb1f4c5"`);
        await queryRunner.query(`DROP TABLE "criterion_score"`);
        await queryRunner.query(`DROP INDEX "public"."grade_submission"`);
        await queryRunner.query(`DROP TABLE "grade"`);
        await queryRunner.query(`DROP INDEX "public"."submission_queue"`);
        await queryRunner.query(`DROP TABLE "submission"`);
        await queryRunner.query(`DROP TABLE "lesson_completion"`);
    }

}
