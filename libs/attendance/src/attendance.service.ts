import { createHash, createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager } from 'typeorm';
import { CohortsService, EnrollmentStatus } from '@sanggar/cohorts';
import { AppConfig, type AuthUser, Clock, Role, canManageHub, manyByKey, requireHubManager } from '@sanggar/core';
import { HubsService } from '@sanggar/hubs';
import { preparedRows } from '@sanggar/database';
import { SchedulingService, type SessionEntity, SessionStatus } from '@sanggar/scheduling';
import { AttendanceErrors } from './attendance.errors.js';
import { AttendanceRecordEntity, type AttendanceRecordRow, AttendanceSource, AttendanceStatus } from './attendance-record.entity.js';
import { CLOSES_AFTER_MINUTES, OPENS_BEFORE_MINUTES, checkInWindow, currentCode, verifyCode } from './check-in.js';

export interface AttendanceEntry {
  traineeId: string;
  status: AttendanceStatus;
  note?: string | null;
}

export interface CheckInScreen {
  sessionId: string;
  code: string;
  nextCodeAt: Date;
  expiresAt: Date;
  checkedIn: number;
}

/** What a grid or a workbook shows of a record: whose, in which session, which status. */
export type AttendanceStatusRow = Pick<AttendanceRecordRow, 'id' | 'sessionId' | 'traineeId' | 'status'>;

/**
 * Each session's records in order of recording (one trainee's when $2 is given): whose and which
 * status, as one row per session holding them as one text of `<id><trainee id><status>` entries
 * separated by commas (ids are 36 characters). A grid of 30 registers is 6,000 records: the pg driver
 * read them field by field (a fifth of the api's CPU on that screen), and building them as JSON
 * arrays cost PostgreSQL more than twice what joining text does. The ordered sub-select is read from
 * attendance_in_recording_order, already in order, and string_agg joins rows in the order it is
 * given them (the attendance test holds it to the whole register's order): an aggregate's own ORDER
 * BY would sort each session again.
 */
const STATUSES_OF_SESSIONS = `SELECT session_id AS "sessionId", string_agg(id::text || trainee_id::text || status, ',') AS records
  FROM (SELECT session_id, id, trainee_id, status FROM attendance_record
         WHERE session_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR trainee_id = $2)
         ORDER BY session_id, recorded_at, id) AS in_recording_order
 GROUP BY session_id`;
const UUID_LENGTH = 36;

/** A session's records in order of recording (one trainee's when $2 is given), whole. */
const RECORDS_OF_SESSIONS = `SELECT id, session_id AS "sessionId", trainee_id AS "traineeId", status, source, note,
       recorded_by AS "recordedBy", recorded_at AS "recordedAt"
  FROM attendance_record WHERE session_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR trainee_id = $2) ORDER BY recorded_at, id`;

/** Plain rows, not entities: hydrating a register's records cost more than reading them. */
function recordsOfSessions(manager: EntityManager, sessionIds: readonly string[], traineeId?: string): Promise<AttendanceRecordRow[]> {
  return preparedRows(manager, RECORDS_OF_SESSIONS, [sessionIds, traineeId ?? null]);
}

/** A fingerprint of a session's register: it changes with any record written, so a save can tell it is stale. */
export function registerVersion(records: Pick<AttendanceRecordEntity, 'traineeId' | 'status' | 'note' | 'recordedAt'>[]): string {
  const lines = records.map((r) => `${r.traineeId}:${r.status}:${r.note ?? ''}:${r.recordedAt.toISOString()}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('base64url').slice(0, 16);
}

@Injectable()
export class AttendanceService {
  /** Check-in codes are HMACs under a key derived from the token secret: every api process agrees. */
  private readonly codeKey: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduling: SchedulingService,
    private readonly cohorts: CohortsService,
    private readonly hubs: HubsService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.codeKey = createHmac('sha256', config.JWT_SECRET).update('sanggar/check-in-codes').digest();
  }

  /**
   * Upserts one record per trainee, all in one statement: recording again updates, never duplicates.
   * With `expectedVersion` (the register's `registerVersion` when it was opened) a register someone
   * changed since is refused (REGISTER_CHANGED) instead of overwritten.
   */
  async recordAttendance(
    user: AuthUser,
    sessionId: string,
    entries: AttendanceEntry[],
    expectedVersion?: string | null,
  ): Promise<AttendanceRecordRow[]> {
    const session = await this.takenBy(user, sessionId);
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.traineeId)) throw AttendanceErrors.duplicateTrainee(index);
      seen.add(entry.traineeId);
      if (entry.status === AttendanceStatus.EXCUSED && !entry.note?.trim()) throw AttendanceErrors.excusedNeedsNote(index);
    });
    const enrolled = new Set(
      (
        await this.dataSource.query<{ trainee_id: string }[]>(
          `SELECT trainee_id FROM enrollment WHERE cohort_id = $1 AND status = $3 AND trainee_id = ANY($2::uuid[])`,
          [session.cohortId, [...seen], EnrollmentStatus.ENROLLED],
        )
      ).map((row) => row.trainee_id),
    );
    const stranger = entries.findIndex((entry) => !enrolled.has(entry.traineeId));
    if (stranger >= 0) throw AttendanceErrors.traineeNotEnrolled(stranger);

    return this.dataSource.transaction(async (manager) => {
      // One register save at a time per session, so the version compared is the one overwritten.
      await manager.query(`SELECT 1 FROM session WHERE id = $1 FOR UPDATE`, [session.id]);
      if (expectedVersion) {
        const current = await recordsOfSessions(manager, [session.id]);
        if (registerVersion(current) !== expectedVersion) throw AttendanceErrors.registerChanged();
      }
      // The records as written come back from the upsert itself: no second read.
      return manager.query<AttendanceRecordRow[]>(
        `INSERT INTO attendance_record (session_id, trainee_id, status, source, note, recorded_by, recorded_at)
       SELECT $1, entry.trainee_id, entry.status, $6, entry.note, $2, now()
         FROM unnest($3::uuid[], $4::varchar[], $5::varchar[]) AS entry(trainee_id, status, note)
       ON CONFLICT (session_id, trainee_id) DO UPDATE
         SET status = excluded.status, source = excluded.source, note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = now()
       RETURNING id, session_id AS "sessionId", trainee_id AS "traineeId", status, source, note,
                 recorded_by AS "recordedBy", recorded_at AS "recordedAt"`,
        [
          session.id,
          user.id,
          entries.map((e) => e.traineeId),
          entries.map((e) => e.status),
          entries.map((e) => e.note?.trim() || null),
          AttendanceSource.MANUAL,
        ],
      );
    });
  }

  /** The code to show on the room's screen now, and how many trainees are in so far. */
  async openCheckIn(user: AuthUser, sessionId: string): Promise<CheckInScreen> {
    const session = await this.takenBy(user, sessionId);
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM attendance_record WHERE session_id = $1 AND status = ANY($2::varchar[])`,
      [session.id, [AttendanceStatus.PRESENT, AttendanceStatus.LATE]],
    );
    return { sessionId: session.id, checkedIn: count, ...currentCode(this.codeKey, session.id, this.clock.now()) };
  }

  /** An enrolled trainee checks in with the code on the screen: PRESENT, or LATE after 10 minutes. Twice returns the first record. */
  async checkIn(user: AuthUser, sessionId: string, code: string): Promise<AttendanceRecordEntity> {
    const session = await this.scheduling.getSession(user, sessionId);
    if (!(await this.cohorts.isEnrolled(session.cohortId, user.id))) throw AttendanceErrors.notEnrolled();
    if (session.status === SessionStatus.CANCELLED) throw AttendanceErrors.sessionCancelled();
    const records = this.dataSource.getRepository(AttendanceRecordEntity);
    const now = this.clock.now();
    const window = checkInWindow(session.startsAt, now);
    const timezone = (await this.hubs.getHub((await this.cohorts.cohortsByIds([session.cohortId]))[0]!.hubId)).timezone;
    const clockTime = (minutes: number) => DateTime.fromJSDate(session.startsAt, { zone: timezone }).plus({ minutes }).toFormat('HH.mm');
    if (window === 'too-early') throw AttendanceErrors.checkinNotOpen(clockTime(-OPENS_BEFORE_MINUTES));
    if (window === 'closed') throw AttendanceErrors.checkinClosed(clockTime(CLOSES_AFTER_MINUTES));

    // Only this session's code, in its window, reaches a record: one entered already (by a mentor, or a
    // first tap whose code has rotated since) is returned as it is, never overwritten.
    const verdict = verifyCode(this.codeKey, session.id, code, now);
    const existing = verdict === 'unknown' ? null : await records.findOneBy({ sessionId, traineeId: user.id });
    if (existing) return existing;
    if (verdict === 'expired') throw AttendanceErrors.checkinExpired();
    if (verdict === 'unknown')
      throw (await this.isCodeOfAnotherSession(session, code, now))
        ? AttendanceErrors.checkinWrongSession()
        : AttendanceErrors.checkinUnknownCode();

    await records
      .createQueryBuilder()
      .insert()
      .values({
        sessionId,
        traineeId: user.id,
        status: window === 'late' ? AttendanceStatus.LATE : AttendanceStatus.PRESENT,
        source: AttendanceSource.CHECKIN,
        recordedAt: now,
      })
      .orIgnore()
      .execute();
    return records.findOneByOrFail({ sessionId, traineeId: user.id });
  }

  /** Is the code one that another session of the same cohort's hub shows around now? */
  private async isCodeOfAnotherSession(session: SessionEntity, code: string, now: Date): Promise<boolean> {
    const nearby = await this.dataSource.query<{ id: string }[]>(
      `SELECT s.id FROM session s JOIN cohort c ON c.id = s.cohort_id
        WHERE c.hub_id = (SELECT hub_id FROM cohort WHERE id = $1) AND s.id <> $2 AND s.status = $6
          AND s.starts_at BETWEEN $3::timestamptz - $4 * interval '1 minute' AND $3::timestamptz + $5 * interval '1 minute'`,
      [session.cohortId, session.id, now, CLOSES_AFTER_MINUTES, OPENS_BEFORE_MINUTES, SessionStatus.SCHEDULED],
    );
    return nearby.some(({ id }) => verifyCode(this.codeKey, id, code, now) !== 'unknown');
  }

  /** The session, if the caller takes its attendance: a coordinator of the hub or a mentor of the cohort. */
  private async takenBy(user: AuthUser, sessionId: string): Promise<SessionEntity> {
    const session = await this.scheduling.getSession(user, sessionId);
    const [cohort] = await this.cohorts.cohortsByIds([session.cohortId]);
    const allowed =
      canManageHub(user, cohort!.hubId) || (user.role === Role.MENTOR && (await this.cohorts.isMentorOf(session.cohortId, user.id)));
    if (!allowed) throw AttendanceErrors.notTheirSession();
    if (session.status === SessionStatus.CANCELLED) throw AttendanceErrors.sessionCancelled();
    return session;
  }

  /** Batch loader: each session's records in order of recording; only one trainee's when `traineeId` is given. */
  async recordsBySessionIds(ids: readonly string[], traineeId?: string): Promise<AttendanceRecordRow[][]> {
    const rows = await recordsOfSessions(this.dataSource.manager, ids, traineeId);
    return manyByKey(ids, rows, (row) => row.sessionId);
  }

  /**
   * The same records, in the same order, with only whose and which status: a grid of 6,000 cells
   * then parses no note, writer or time it does not show (see STATUSES_OF_SESSIONS).
   */
  async statusesBySessionIds(ids: readonly string[], traineeId?: string): Promise<AttendanceStatusRow[][]> {
    const rows = await preparedRows<{ sessionId: string; records: string }>(this.dataSource.manager, STATUSES_OF_SESSIONS, [
      ids,
      traineeId ?? null,
    ]);
    const bySession = new Map(rows.map((row) => [row.sessionId, row.records]));
    return ids.map((sessionId) =>
      (bySession.get(sessionId)?.split(',') ?? []).map((entry) => ({
        id: entry.slice(0, UUID_LENGTH),
        sessionId,
        traineeId: entry.slice(UUID_LENGTH, 2 * UUID_LENGTH),
        status: entry.slice(2 * UUID_LENGTH) as AttendanceStatus,
      })),
    );
  }

  /**
   * Attendance over the hub's sessions that ended in [from, to) and were not cancelled, with the same
   * rule as a trainee's rate: (PRESENT + LATE) / (seated trainees − EXCUSED); null before any ended.
   */
  async hubAttendance(user: AuthUser, hubId: string, from: Date, to: Date): Promise<HubAttendance> {
    requireHubManager(user, hubId);
    const end = new Date(Math.min(to.getTime(), this.clock.now().getTime()));
    const [row] = await preparedRows<HubAttendance>(
      this.dataSource.manager,
      `SELECT count(*)::int AS sessions, coalesce(sum(t.seated), 0)::int AS seated,
              coalesce(sum(t.attended), 0)::int AS attended, coalesce(sum(t.excused), 0)::int AS excused
         FROM session s
         JOIN cohort c ON c.id = s.cohort_id AND c.hub_id = $1
         CROSS JOIN LATERAL (
           SELECT (SELECT count(*) FROM enrollment e
                    LEFT JOIN attendance_record ar ON ar.session_id = s.id AND ar.trainee_id = e.trainee_id
                   WHERE e.cohort_id = s.cohort_id AND e.status = ANY($5) AND (s.starts_at >= e.seated_at OR ar.session_id IS NOT NULL)) AS seated,
                  count(*) FILTER (WHERE a.status = ANY($6)) AS attended,
                  count(*) FILTER (WHERE a.status = $7) AS excused
             FROM attendance_record a WHERE a.session_id = s.id) t
        WHERE s.status <> $4 AND s.ends_at >= $2 AND s.ends_at <= $3`,
      [
        hubId,
        from,
        end,
        SessionStatus.CANCELLED,
        [EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED],
        [AttendanceStatus.PRESENT, AttendanceStatus.LATE],
        AttendanceStatus.EXCUSED,
      ],
    );
    return row;
  }
}

/** How a hub's sessions were attended over a stretch of time. */
export interface HubAttendance {
  sessions: number;
  seated: number;
  attended: number;
  excused: number;
}
