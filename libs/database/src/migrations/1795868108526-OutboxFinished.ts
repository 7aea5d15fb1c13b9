import { MigrationInterface, QueryRunner } from "typeorm";

export class OutboxFinished1795868108526 implements MigrationInterface {
    name = 'OutboxFinished1795868108526'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbox" ADD "finished_at" TIMESTAMP WITH TIME ZONE`);
        // Jobs already due were run by the worker of the time; those still ahead stay watched.
        await queryRunner.query(`UPDATE "outbox" SET "finished_at" = now() WHERE "published_at" IS NOT NULL AND coalesce("run_at", "published_at") <= now()`);
        await queryRunner.query(`CREATE INDEX "outbox_unfinished" ON "outbox"  ("id") WHERE "published_at" IS NOT NULL AND "finished_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."outbox_unfinished"`);
        await queryRunner.query(`ALTER TABLE "outbox" DROP COLUMN "finished_at"`);
    }

}
