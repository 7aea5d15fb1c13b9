import { MigrationInterface, QueryRunner } from "typeorm";

export class OfficeHours1795867514242 implements MigrationInterface {
    name = 'OfficeHours1795867514242'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "session_mentor_no_overlap"`);
        await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "session_room_no_overlap"`);
        await queryRunner.query(`CREATE TABLE "reservation" ("id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "room_id" uuid, "mentor_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "reservation_kind_known" CHECK ("kind" IN ('SESSION', 'OFFICE_HOUR')), CONSTRAINT "reservation_ends_after_start" CHECK ("ends_at" > "starts_at"), CONSTRAINT "reservation_mentor_no_overlap" EXCLUDE USING gist ("mentor_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("mentor_id" IS NOT NULL), CONSTRAINT "reservation_room_no_overlap" EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("room_id" IS NOT NULL), CONSTRAINT "PK_48b1f9922368359ab88e8bfa525" PRIMARY KEY ("id"))`);
        // Scheduled sessions hold their room and mentor from now on through a reservation.
        await queryRunner.query(`INSERT INTO "reservation" ("id", "kind", "room_id", "mentor_id", "starts_at", "ends_at") SELECT "id", 'SESSION', "room_id", "mentor_id", "starts_at", "ends_at" FROM "session" WHERE "status" = 'SCHEDULED'`);
        await queryRunner.query(`CREATE TABLE "office_hour_slot" ("id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "room_id" uuid, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "office_hour_slot_length" CHECK ("ends_at" - "starts_at" BETWEEN interval '15 minutes' AND interval '120 minutes'), CONSTRAINT "PK_55bcee6125eb47abfd1e0f15bcb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "office_hour_slot_mentor_start" ON "office_hour_slot"  ("mentor_id", "starts_at") `);
        await queryRunner.query(`CREATE TABLE "office_hour_booking" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slot_id" uuid NOT NULL, "startup_id" uuid NOT NULL, "agenda" character varying(1000) NOT NULL, "booked_by" uuid NOT NULL, "booked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" uuid, CONSTRAINT "office_hour_booking_agenda_length" CHECK (char_length("agenda") BETWEEN 1 AND 1000), CONSTRAINT "PK_ba9d32d4de2d7bf419f63291a75" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "office_hour_booking_startup" ON "office_hour_booking"  ("startup_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "office_hour_booking_one_active" ON "office_hour_booking"  ("slot_id") WHERE "cancelled_at" IS NULL`);
        await queryRunner.query(`ALTER TABLE "reservation" ADD CONSTRAINT "FK_0a64603514894d54c75c0a43157" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "reservation" ADD CONSTRAINT "FK_8ad3d2978479612b914464b5925" FOREIGN KEY ("mentor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "office_hour_slot" ADD CONSTRAINT "FK_845201b39a692124e9b9dd657b7" FOREIGN KEY ("mentor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "office_hour_slot" ADD CONSTRAINT "FK_4a42e1c349bb9bcb44f785642be" FOREIGN KEY ("room_id") REFERENCES "room"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "office_hour_booking" ADD CONSTRAINT "FK_5b55ae01e5ab5e74e5edd4f90ac" FOREIGN KEY ("slot_id") REFERENCES "office_hour_slot"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "office_hour_booking" ADD CONSTRAINT "FK_c936ed9a6571dbe1b2311644968" FOREIGN KEY ("startup_id") REFERENCES "startup"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "office_hour_booking" ADD CONSTRAINT "FK_3d9d47f18c55768d4d13c4aca8a" FOREIGN KEY ("booked_by") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "office_hour_booking" ADD CONSTRAINT "FK_7016ac2d1c99a83a5a7f8de9884" FOREIGN KEY ("cancelled_by") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "office_hour_booking" DROP CONSTRAINT "FK_7016ac2d1c99a83a5a7f8de9884"`);
        await queryRunner.query(`ALTER TABLE "office_hour_booking" DROP CONSTRAINT "FK_3d9d47f18c55768d4d13c4aca8a"`);
        await queryRunner.query(`ALTER TABLE "office_hour_booking" DROP CONSTRAINT "FK_c936ed9a6571dbe1b2311644968"`);
        await queryRunner.query(`ALTER TABLE "office_hour_booking" DROP CONSTRAINT "FK_5b55ae01e5ab5e74e5edd4f90ac"`);
        await queryRunner.query(`ALTER TABLE "office_hour_slot" DROP CONSTRAINT "FK_4a42e1c349bb9bcb44f785642be"`);
        await queryRunner.query(`ALTER TABLE "office_hour_slot" DROP CONSTRAINT "FK_845201b39a692124e9b9dd657b7"`);
        await queryRunner.query(`ALTER TABLE "reservation" DROP CONSTRAINT "FK_8ad3d2978479612b914464b5925"`);
        await queryRunner.query(`ALTER TABLE "reservation" DROP CONSTRAINT "FK_0a64603514894d54c75c0a43157"`);
        await queryRunner.query(`DROP INDEX "public"."office_hour_booking_one_active"`);
        await queryRunner.query(`DROP INDEX "public"."office_hour_booking_startup"`);
        await queryRunner.query(`DROP TABLE "office_hour_booking"`);
        await queryRunner.query(`DROP INDEX "public"."office_hour_slot_mentor_start"`);
        await queryRunner.query(`DROP TABLE "office_hour_slot"`);
        await queryRunner.query(`DROP TABLE "reservation"`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "session_room_no_overlap" EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (((status)::text = 'SCHEDULED'::text))`);
        await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "session_mentor_no_overlap" EXCLUDE USING gist (mentor_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE ((((status)::text = 'SCHEDULED'::text) AND (mentor_id IS NOT NULL)))`);
    }

}
