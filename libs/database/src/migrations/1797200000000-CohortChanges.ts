import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tells the api when a cohort's row changes: each UPDATE or DELETE notifies channel `cohort_changed`
 * with the cohort's id, a TRUNCATE with '*'. The api keeps cohort rows in memory only while it
 * listens (CohortRows, RowChanges); a new cohort needs no word, as only rows found are kept.
 */
export class CohortChanges1797200000000 implements MigrationInterface {
    name = 'CohortChanges1797200000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION cohort_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('cohort_changed', CASE WHEN TG_LEVEL = 'STATEMENT' THEN '*' ELSE OLD.id::text END);
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER cohort_changed AFTER UPDATE OR DELETE ON "cohort" FOR EACH ROW EXECUTE FUNCTION cohort_changed()`);
        await queryRunner.query(`CREATE TRIGGER cohorts_truncated AFTER TRUNCATE ON "cohort" FOR EACH STATEMENT EXECUTE FUNCTION cohort_changed()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER cohorts_truncated ON "cohort"`);
        await queryRunner.query(`DROP TRIGGER cohort_changed ON "cohort"`);
        await queryRunner.query(`DROP FUNCTION cohort_changed()`);
    }
}
