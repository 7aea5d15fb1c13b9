import { MigrationInterface, QueryRunner } from "typeorm";

/** Enrollment.seatedAt: sessions before a trainee had a seat no longer count as missed. */
export class SeatedAt1796330628344 implements MigrationInterface {
    name = 'SeatedAt1796330628344'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "enrollment" ADD "seated_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`);
        // What is known: a seat from the enrollment's creation (a promotion's time was not kept); never for the waitlisted.
        await queryRunner.query(`UPDATE "enrollment" SET "seated_at" = CASE WHEN "status" = 'WAITLISTED' THEN NULL ELSE "created_at" END`);
        await queryRunner.query(`ALTER TABLE "enrollment" ADD CONSTRAINT "enrollment_seated_when_in" CHECK ("status" NOT IN ('ENROLLED', 'COMPLETED') OR "seated_at" IS NOT NULL)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "enrollment" DROP CONSTRAINT "enrollment_seated_when_in"`);
        await queryRunner.query(`ALTER TABLE "enrollment" DROP COLUMN "seated_at"`);
    }

}
