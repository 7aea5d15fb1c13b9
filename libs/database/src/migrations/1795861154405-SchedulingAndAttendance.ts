import { MigrationInterface, QueryRunner } from "typeorm";

export class SchedulingAndAttendance1795861154405 implements MigrationInterface {
    name = 'SchedulingAndAttendance1795861154405'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Exclusion constraints mix = on uuid with && on ranges: btree_gist provides the = operator class.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
        await queryRunner.query(`CREATE TABLE "calendar_feed" ("user_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_29b8f216ae4f5fdd5bcc8de8112" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "room_id" uuid NOT NULL, "mentor_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'SCHEDULED', "sequence" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "session_status_known" CHECK ("status" IN ('SCHEDULED', 'CANCELLED')), CONSTRAINT "session_at_most_12_hours" CHECK ("ends_at" - "starts_at" <= interval '12 hours'), CONSTRAINT "session_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "session_mentor_no_overlap" EXCLUDE USING gist ("mentor_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" = 'SCHEDULED' AND "mentor_id" IS NOT NULL), CONSTRAINT "session_room_no_overlap" EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" = 'SCHEDULED'), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "session_mentor_start" ON "session"  ("mentor_id", "starts_at") `);
        await queryRunner.query(`CREATE INDEX "session_cohort_start" ON "session"  ("cohort_id", "starts_at") `);
        await queryRunner.query(`CREATE TABLE "attendance_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "source" character varying(16) NOT NULL, "note" character varying(500), "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "attendance_session_trainee_unique" UNIQUE ("session_id", "trainee_id"), CONSTRAINT "attendance_excused_has_note" CHECK ("status" <> 'EXCUSED' OR "note" IS NOT NULL), CONSTRAINT "attendance_source_known" CHECK ("source" IN ('MANUAL', 'CHECKIN', 'AUTO')), CONSTRAINT "attendance_status_known" CHECK ("status" IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')), CONSTRAINT "PK_c23131acc63826e373019447965" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "attendance_trainee" ON "attendance_record"  ("trainee_id") `);
        await queryRunner.query(`ALTER TABLE "outbox" ADD "run_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "calendar_feed" ADD CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_eee03d824c14a2a9c9c566ccb16" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_a4d58a4fe886b32311887034616" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_03b95bbfc8b4bbc243a48557e0b" FOREIGN KEY ("mentor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attendance_record" ADD CONSTRAINT "FK_6139dcb587164bcfdc227abe55a" FOREIGN KEY ("session_id") REFERENCES "session"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "attendance_record" ADD CONSTRAINT "FK_154506fd0872ed06f514e798282" FOREIGN KEY ("trainee_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "attendance_record" DROP CONSTRAINT "FK_154506fd0872ed06f514e798282"`);
        await queryRunner.query(`ALTER TABLE "attendance_record" DROP CONSTRAINT "FK_6139dcb587164bcfdc227abe55a"`);
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_03b95bbfc8b4bbc243a48557e0b"`);
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_a4d58a4fe886b32311887034616"`);
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_eee03d824c14a2a9c9c566ccb16"`);
        await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "FK_29b8f216ae4f5fdd5bcc8de8112"`);
        await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "run_at"`);
        await queryRunner.query(`DROP INDEX "public"."attendance_trainee"`);
        await queryRunner.query(`DROP TABLE "attendance_record"`);
        await queryRunner.query(`DROP INDEX "public"."session_cohort_start"`);
        await queryRunner.query(`DROP INDEX "public"."session_mentor_start"`);
        await queryRunner.query(`DROP TABLE "session"`);
        await queryRunner.query(`DROP TABLE "calendar_feed"`);
    }

}
