import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Progress facts kept per enrollment (enrollment_progress), valid while the enrollment's progress stamp
 * is the one they were counted at. Counting them was 4,000 attendance and 1,400 grade lookups for a
 * cohort of 200 (6–14 ms of PostgreSQL on every roster, report and progress page); reading them back is
 * one row per trainee.
 *
 * The stamp moves on every update of the enrollment row (a BEFORE trigger), and the statement triggers
 * below update the row whenever something progress is counted from changes: attendance records, the
 * cohort's sessions, submissions, grades and lessons done (published curricula do not change). They
 * lock the enrollments in id order, so two bulk writes never deadlock over them, and FOR NO KEY UPDATE,
 * which does not wait on the key-share locks foreign keys take. A reader reads the stamp in the same
 * statement (the same snapshot) as the facts it counts, so facts counted before a change never carry
 * the stamp after it.
 */
export class KeptProgress1797000000000 implements MigrationInterface {
    name = 'KeptProgress1797000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "enrollment_progress" ("enrollment_id" uuid NOT NULL, "stamp" bigint NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "facts" jsonb NOT NULL, CONSTRAINT "PK_00520dbba76ec864fec07db053f" PRIMARY KEY ("enrollment_id"))`);
        await queryRunner.query(`ALTER TABLE "enrollment" ADD "progress_stamp" bigint NOT NULL DEFAULT '0'`);
        await queryRunner.query(`ALTER TABLE "enrollment_progress" ADD CONSTRAINT "FK_00520dbba76ec864fec07db053f" FOREIGN KEY ("enrollment_id") REFERENCES "enrollment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

        await queryRunner.query(`
            CREATE FUNCTION enrollment_progress_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.progress_stamp := OLD.progress_stamp + 1;
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER enrollment_progress_stamp BEFORE UPDATE ON enrollment FOR EACH ROW EXECUTE FUNCTION enrollment_progress_stamp()`);

        // Each function reads the statement's rows as changed_rows and touches the enrollments they count for.
        // PL/pgSQL plans each statement once per connection, for the size of the first changed_rows it
        // meets: a plan made for a register of 200 (hashing every session) would then serve each single
        // check-in. So every lookup goes by key, per row (LATERAL … LIMIT 1 / OFFSET 0 keep it a nested
        // loop), and the enrollments by their primary key (= ANY of an array), whatever the size.
        const touching = (enrollments: string) => `
            BEGIN
              UPDATE enrollment SET progress_stamp = progress_stamp
               WHERE id IN (SELECT id FROM enrollment WHERE id = ANY (ARRAY(${enrollments})) ORDER BY id FOR NO KEY UPDATE);
              RETURN NULL;
            END`;
        const functions: [string, string][] = [
            [
                'attendance_touches_progress',
                `SELECT e.id FROM changed_rows r CROSS JOIN LATERAL (SELECT e.id FROM session s JOIN enrollment e ON e.cohort_id = s.cohort_id WHERE s.id = r.session_id AND e.trainee_id = r.trainee_id LIMIT 1) e`,
            ],
            [
                'session_touches_progress',
                `SELECT e.id FROM (SELECT DISTINCT cohort_id FROM changed_rows) c CROSS JOIN LATERAL (SELECT id FROM enrollment WHERE cohort_id = c.cohort_id OFFSET 0) e`,
            ],
            ['enrollment_rows_touch_progress', `SELECT enrollment_id FROM changed_rows`],
            [
                'grade_touches_progress',
                `SELECT s.enrollment_id FROM changed_rows g CROSS JOIN LATERAL (SELECT enrollment_id FROM submission WHERE id = g.submission_id LIMIT 1) s`,
            ],
        ];
        for (const [name, enrollments] of functions) {
            await queryRunner.query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$${touching(enrollments)} $$`);
        }
        // Keys are never updated (session_id, trainee_id, enrollment_id, submission_id, cohort_id): the new rows name the same enrollments as the old.
        const tables: [string, string][] = [
            ['attendance_record', 'attendance_touches_progress'],
            ['session', 'session_touches_progress'],
            ['submission', 'enrollment_rows_touch_progress'],
            ['lesson_completion', 'enrollment_rows_touch_progress'],
            ['grade', 'grade_touches_progress'],
        ];
        for (const [table, touch] of tables) {
            for (const [event, rows] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']]) {
                await queryRunner.query(
                    `CREATE TRIGGER ${table}_${event.toLowerCase()}_touches_progress AFTER ${event} ON "${table}" REFERENCING ${rows} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION ${touch}()`,
                );
            }
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of ['attendance_record', 'session', 'submission', 'lesson_completion', 'grade']) {
            for (const event of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER ${table}_${event}_touches_progress ON "${table}"`);
        }
        for (const name of ['attendance_touches_progress', 'session_touches_progress', 'enrollment_rows_touch_progress', 'grade_touches_progress']) {
            await queryRunner.query(`DROP FUNCTION ${name}()`);
        }
        await queryRunner.query(`DROP TRIGGER enrollment_progress_stamp ON enrollment`);
        await queryRunner.query(`DROP FUNCTION enrollment_progress_stamp()`);
        await queryRunner.query(`ALTER TABLE "enrollment_progress" DROP CONSTRAINT "FK_00520dbba76ec864fec07db053f"`);
        await queryRunner.query(`ALTER TABLE "enrollment" DROP COLUMN "progress_stamp"`);
        await queryRunner.query(`DROP TABLE "enrollment_progress"`);
    }
}
