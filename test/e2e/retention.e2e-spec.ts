import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { RetentionService } from '@sanggar/privacy';
import { TestApp } from '../support/harness.js';
import { at, day } from '../support/time.js';

const DAY_MS = 24 * 3_600_000;

describe('retention: personal data kept only as long as needed', () => {
  let app: TestApp;
  let mailDir: string;

  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'sanggar-retention-'));
    app = await TestApp.start({ env: { MAIL_DIR: mailDir } });
  });
  afterAll(() => app.close());

  const db = () => app.get(DataSource);
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);

  it('deletes what is past its period, and only that; a second run deletes nothing', async () => {
    const hub = await app.factory.hub();
    const room = await app.factory.room(hub.id);
    const [trainee, other] = await Promise.all([app.factory.trainee(hub.id), app.factory.trainee(hub.id)]);

    // Attendance: a cohort that ended 400 days ago and one that ended 100 days ago, with an excuse and a note in each.
    const notesOf = async (endedDaysAgo: number) => {
      const cohort = await app.factory.cohort(hub.id);
      await db().query(`UPDATE cohort SET starts_on = $2, ends_on = $3, status = 'COMPLETED' WHERE id = $1`, [
        cohort.id,
        day(-endedDaysAgo - 60),
        day(-endedDaysAgo),
      ]);
      const [{ id: sessionId }] = await db().query<{ id: string }[]>(
        `INSERT INTO session (cohort_id, title, room_id, starts_at, ends_at) VALUES ($1, 'Pitching', $2, $3, $4) RETURNING id`,
        [cohort.id, room.id, at(-endedDaysAgo - 1, '09:00'), at(-endedDaysAgo - 1, '11:00')],
      );
      await db().query(
        `INSERT INTO attendance_record (session_id, trainee_id, status, source, note, recorded_at)
         VALUES ($1, $2, 'EXCUSED', 'MANUAL', 'Dirawat di rumah sakit', now()), ($1, $3, 'ABSENT', 'MANUAL', 'Tidak ada kabar', now())`,
        [sessionId, trainee.user.id, other.user.id],
      );
      return async () =>
        db().query<{ status: string; note: string | null }[]>(
          `SELECT status, note FROM attendance_record WHERE session_id = $1 ORDER BY status DESC`,
          [sessionId],
        );
    };
    const oldNotes = await notesOf(400);
    const recentNotes = await notesOf(100);

    // The outbox: finished 31 and 29 days ago, and one not finished though old.
    await db().query(
      `INSERT INTO outbox (job_name, job_id, data, created_at, published_at, finished_at) VALUES
         ('send-welcome-email', 'old-finished', '{}', $1, $1, $1), ('send-welcome-email', 'recent-finished', '{}', $2, $2, $2),
         ('send-welcome-email', 'old-unfinished', '{}', $1, $1, NULL)`,
      [daysAgo(31), daysAgo(29)],
    );
    await db().query(
      `INSERT INTO email_delivery (key, template, created_at, sent_at) VALUES ('old', 'welcome', $1, $1), ('recent', 'welcome', $2, $2)`,
      [daysAgo(366), daysAgo(364)],
    );
    // Tokens: refresh tokens of a login over a minute ago, and one expired in a login still alive; account links
    // used or expired two days ago, one used an hour ago, one open.
    await db().query(
      `INSERT INTO refresh_token (id, user_id, family_id, secret_hash, expires_at, family_expires_at) VALUES
         (gen_random_uuid(), $1, gen_random_uuid(), '\\x00', $2, $2), (gen_random_uuid(), $1, gen_random_uuid(), '\\x00', $2, $3)`,
      [trainee.user.id, daysAgo(1 / 1440), daysAgo(-30)],
    );
    await db().query(
      `INSERT INTO account_token (id, user_id, purpose, secret_hash, expires_at, used_at) VALUES
         (gen_random_uuid(), $1, 'RESET_PASSWORD', '\\x00', $2, $3), (gen_random_uuid(), $1, 'RESET_PASSWORD', '\\x00', $3, NULL),
         (gen_random_uuid(), $1, 'RESET_PASSWORD', '\\x00', $4, $5), (gen_random_uuid(), $1, 'INVITATION', '\\x00', $4, NULL)`,
      [trainee.user.id, daysAgo(-1), daysAgo(2), daysAgo(-2), daysAgo(1 / 24)],
    );
    // Development mail files: one 31 days old, one 29; other files are not the retention's.
    for (const [name, age] of [
      ['old.eml', 31],
      ['recent.eml', 29],
      ['notes.txt', 400],
    ] as const) {
      await writeFile(join(mailDir, name), 'x');
      await utimes(join(mailDir, name), daysAgo(age), daysAgo(age));
    }
    // Notifications 366 and 364 days old; audit entries 731 and 729 days old.
    await db().query(
      `INSERT INTO notification (user_id, kind, topic, dedupe_key, params, created_at, email_state) VALUES
         ($1, 'ENROLLED', 't', 'retention-old', '{}', $2, 'SENT'), ($1, 'ENROLLED', 't', 'retention-recent', '{}', $3, 'SENT')`,
      [trainee.user.id, daysAgo(366), daysAgo(364)],
    );
    await db().query(`INSERT INTO audit_entry (at, action, subject_id) VALUES ($1, 'NAME_CORRECTED', $3), ($2, 'NAME_CORRECTED', $3)`, [
      daysAgo(731),
      daysAgo(729),
      trainee.user.id,
    ]);
    // Archives: one expired yesterday, one expiring tomorrow, a request never built 31 days ago.
    await db().query(
      `INSERT INTO data_export (user_id, requested_at, ready_at, expires_at) VALUES
         ($1, $2, $2, $3), ($1, $4, $4, $5), ($1, $6, NULL, NULL)`,
      [trainee.user.id, daysAgo(8), daysAgo(1), daysAgo(6), daysAgo(-1), daysAgo(31)],
    );
    const tokensBefore = await db().query<{ count: number }[]>(`SELECT count(*)::int AS count FROM account_token`);

    const retention = new RetentionService(db(), app.config);
    expect(await retention.run(new Date())).toEqual({
      outboxRows: 1,
      emailDeliveries: 1,
      mailFiles: 1,
      refreshTokens: 1,
      accountTokens: 2,
      attendanceNotes: 2,
      notifications: 1,
      auditEntries: 1,
      dataExports: 2,
    });
    await expect(oldNotes()).resolves.toEqual([
      { status: 'EXCUSED', note: '' },
      { status: 'ABSENT', note: null },
    ]);
    await expect(recentNotes()).resolves.toEqual([
      { status: 'EXCUSED', note: 'Dirawat di rumah sakit' },
      { status: 'ABSENT', note: 'Tidak ada kabar' },
    ]);
    const jobIds = await db().query<{ job_id: string }[]>(
      `SELECT job_id FROM outbox WHERE job_name = 'send-welcome-email' ORDER BY job_id`,
    );
    expect(jobIds.map((row) => row.job_id)).toEqual(expect.arrayContaining(['old-unfinished', 'recent-finished']));
    expect(jobIds.map((row) => row.job_id)).not.toContain('old-finished');
    await expect(db().query(`SELECT key FROM email_delivery WHERE key IN ('old', 'recent')`)).resolves.toEqual([{ key: 'recent' }]);
    await expect(db().query<{ count: number }[]>(`SELECT count(*)::int AS count FROM account_token`)).resolves.toEqual([
      { count: tokensBefore[0].count - 2 },
    ]);
    await expect(
      db().query(`SELECT dedupe_key FROM notification WHERE user_id = $1 AND dedupe_key LIKE 'retention-%'`, [trainee.user.id]),
    ).resolves.toEqual([{ dedupe_key: 'retention-recent' }]);
    await expect(
      db().query<{ count: number }[]>(`SELECT count(*)::int AS count FROM audit_entry WHERE subject_id = $1`, [trainee.user.id]),
    ).resolves.toEqual([{ count: 1 }]);
    expect((await readdir(mailDir)).sort()).toEqual(['notes.txt', 'recent.eml']);

    expect(await retention.run(new Date())).toEqual({
      outboxRows: 0,
      emailDeliveries: 0,
      mailFiles: 0,
      refreshTokens: 0,
      accountTokens: 0,
      attendanceNotes: 0,
      notifications: 0,
      auditEntries: 0,
      dataExports: 0,
    });
  });
});
