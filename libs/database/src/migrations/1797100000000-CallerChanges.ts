import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tells the api when anything its token check reads changes: a user's row, a hub membership, a login
 * ended (refresh_token.revoked_at). Each change notifies channel `caller_changed` with the user's id,
 * a TRUNCATE with '*' (everyone). The api keeps recent callers in memory only while it listens
 * (CallerCache, CallerChanges). A notification is sent when the change commits, never for one rolled back.
 */
export class CallerChanges1797100000000 implements MigrationInterface {
    name = 'CallerChanges1797100000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // TG_ARGV[0] names the column holding the user's id.
        await queryRunner.query(`
            CREATE FUNCTION caller_changed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('caller_changed', CASE WHEN TG_OP = 'INSERT' THEN to_jsonb(NEW) ELSE to_jsonb(OLD) END ->> TG_ARGV[0]);
              RETURN NULL;
            END $$`);
        await queryRunner.query(`
            CREATE FUNCTION callers_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM pg_notify('caller_changed', '*');
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER user_caller_changed AFTER UPDATE OR DELETE ON "user" FOR EACH ROW EXECUTE FUNCTION caller_changed('id')`);
        await queryRunner.query(`CREATE TRIGGER hub_membership_caller_changed AFTER INSERT OR UPDATE OR DELETE ON "hub_membership" FOR EACH ROW EXECUTE FUNCTION caller_changed('user_id')`);
        // A revoked login refuses its tokens; refreshing one (used_at) changes nothing the check reads.
        await queryRunner.query(`CREATE TRIGGER refresh_token_caller_changed AFTER UPDATE ON "refresh_token" FOR EACH ROW WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at) EXECUTE FUNCTION caller_changed('user_id')`);
        for (const table of ['user', 'hub_membership', 'refresh_token']) {
            await queryRunner.query(`CREATE TRIGGER ${table}_callers_truncated AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION callers_truncated()`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['user', 'hub_membership', 'refresh_token']) {
            await queryRunner.query(`DROP TRIGGER ${table}_callers_truncated ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER ${table}_caller_changed ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION callers_truncated()`);
        await queryRunner.query(`DROP FUNCTION caller_changed()`);
    }
}
