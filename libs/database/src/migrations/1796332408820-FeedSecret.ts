import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feed tokens become random secrets kept as hashes, no longer derived from JWT_SECRET (rotating
 * it killed every feed). Earlier URLs cannot be carried over: each person makes a new one.
 */
export class FeedSecret1796332408820 implements MigrationInterface {
  name = 'FeedSecret1796332408820';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "calendar_feed"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD "secret_hash" bytea NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "calendar_feed"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP COLUMN "secret_hash"`);
    await queryRunner.query(`ALTER TABLE "calendar_feed" ADD "version" integer NOT NULL DEFAULT '1'`);
  }
}
