import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CohortStatus, EnrollmentStatus } from '@sanggar/cohorts';
import { AppConfig } from '@sanggar/core';
import { NotificationKind, Notifier, type SessionFacts } from '@sanggar/notifications';
import { placeOf } from './calendar-event.js';
import { SessionStatus } from './session.entity.js';

interface FactsRow {
  sessionId: string;
  cohortId: string;
  cohortName: string;
  cohortStatus: CohortStatus;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  roomName: string;
  hubName: string;
  hubCity: string;
  mentorId: string | null;
  mentorName: string | null;
  sequence: number;
  status: SessionStatus;
}

const topicOf = (sessionId: string) => `session:${sessionId}`;

const factsOf = (row: FactsRow): SessionFacts => ({
  sessionId: row.sessionId,
  cohortId: row.cohortId,
  cohortName: row.cohortName,
  title: row.title,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  timezone: row.timezone,
  place: placeOf(row.roomName, row.hubName, row.hubCity),
  mentorName: row.mentorName,
  sequence: row.sequence,
  cancelled: row.status === SessionStatus.CANCELLED,
});

/** Cohorts whose people hear about changes to sessions: news of a new one only once the cohort runs. */
const HEARS_OF_CHANGES = [CohortStatus.PLANNED, CohortStatus.RUNNING];

/**
 * Tells a cohort's seated trainees and the session's mentor that sessions were scheduled, moved or
 * cancelled (inside the scheduling transaction), and sends the evening-before reminders.
 */
@Injectable()
export class SessionNotices {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly config: AppConfig,
  ) {}

  /** Sessions as they are now in this transaction, by start. */
  async facts(manager: EntityManager, sessionIds: string[]): Promise<FactsRow[]> {
    return manager.query<FactsRow[]>(
      `SELECT s.id AS "sessionId", s.cohort_id AS "cohortId", c.name AS "cohortName", c.status AS "cohortStatus", s.title,
              s.starts_at AS "startsAt", s.ends_at AS "endsAt", h.timezone, r.name AS "roomName", h.name AS "hubName", h.city AS "hubCity",
              s.mentor_id AS "mentorId", m.full_name AS "mentorName", s.sequence, s.status
         FROM session s JOIN cohort c ON c.id = s.cohort_id JOIN hub h ON h.id = c.hub_id JOIN room r ON r.id = s.room_id
         LEFT JOIN "user" m ON m.id = s.mentor_id
        WHERE s.id = ANY($1::uuid[]) ORDER BY s.starts_at, s.id`,
      [sessionIds],
    );
  }

  /** New sessions of a running cohort: one notification for one session, one for a whole series. */
  async scheduled(manager: EntityManager, sessionIds: string[]): Promise<void> {
    const rows = await this.facts(manager, sessionIds);
    if (rows.length === 0 || rows[0].cohortStatus !== CohortStatus.RUNNING) return;
    const recipients = await this.audience(manager, rows);
    if (rows.length === 1) {
      await this.notifier.notify(manager, { kind: NotificationKind.SESSION_SCHEDULED, params: factsOf(rows[0]) }, recipients, {
        topic: topicOf(rows[0].sessionId),
      });
      return;
    }
    const { cohortId, cohortName, timezone } = rows[0];
    await this.notifier.notify(
      manager,
      { kind: NotificationKind.SESSIONS_SCHEDULED, params: { cohortId, cohortName, timezone, sessions: rows.map(factsOf) } },
      recipients,
      { topic: `series:${rows[0].sessionId}` },
    );
  }

  /** After a move, with `was` read before it. */
  async rescheduled(manager: EntityManager, was: FactsRow): Promise<void> {
    const [now] = await this.facts(manager, [was.sessionId]);
    if (!HEARS_OF_CHANGES.includes(now.cohortStatus)) return;
    const { startsAt, endsAt, place } = factsOf(was);
    await this.notifier.notify(
      manager,
      { kind: NotificationKind.SESSION_RESCHEDULED, params: { ...factsOf(now), was: { startsAt, endsAt, place } } },
      await this.audience(manager, [now]),
      { topic: topicOf(now.sessionId) },
    );
  }

  async cancelled(manager: EntityManager, sessionId: string): Promise<void> {
    const [now] = await this.facts(manager, [sessionId]);
    if (!HEARS_OF_CHANGES.includes(now.cohortStatus)) return;
    await this.notifier.notify(
      manager,
      { kind: NotificationKind.SESSION_CANCELLED, params: factsOf(now) },
      await this.audience(manager, [now]),
      {
        topic: topicOf(sessionId),
      },
    );
  }

  /**
   * From SESSION_REMINDER_HOUR (hub time) on the evening before, reminds each seated trainee and the
   * mentor of tomorrow's sessions. Safe to run every minute and from several workers: one reminder per
   * session, start time and person. Returns how many sessions it reminded of.
   */
  async remindDue(now: Date): Promise<number> {
    const due = await this.dataSource.query<{ id: string; starts_at: Date }[]>(
      `SELECT s.id, s.starts_at FROM session s JOIN cohort c ON c.id = s.cohort_id JOIN hub h ON h.id = c.hub_id
        WHERE s.status = $2 AND c.status = ANY($3) AND s.starts_at > $1 AND s.starts_at < $1::timestamptz + interval '2 days'
          AND (s.starts_at AT TIME ZONE h.timezone)::date = ($1::timestamptz AT TIME ZONE h.timezone)::date + 1
          AND extract(hour FROM $1::timestamptz AT TIME ZONE h.timezone) >= $4
          AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.topic = 'session:' || s.id
                            AND n.dedupe_key = 'reminder:' || s.id || ':' || extract(epoch FROM s.starts_at)::bigint)`,
      [now, SessionStatus.SCHEDULED, HEARS_OF_CHANGES, this.config.SESSION_REMINDER_HOUR],
    );
    for (const session of due) {
      await this.dataSource.transaction(async (manager) => {
        const rows = await this.facts(manager, [session.id]);
        await this.notifier.notify(
          manager,
          { kind: NotificationKind.SESSION_REMINDER, params: factsOf(rows[0]) },
          await this.audience(manager, rows),
          {
            topic: topicOf(session.id),
            dedupeKey: `reminder:${session.id}:${Math.floor(session.starts_at.getTime() / 1000)}`,
            immediately: true,
          },
        );
      });
    }
    return due.length;
  }

  /** The cohort's seated trainees and the sessions' mentors. */
  private async audience(manager: EntityManager, rows: FactsRow[]): Promise<string[]> {
    const trainees = await manager.query<{ trainee_id: string }[]>(
      `SELECT trainee_id FROM enrollment WHERE cohort_id = $1 AND status = $2`,
      [rows[0].cohortId, EnrollmentStatus.ENROLLED],
    );
    const mentors = rows.map((row) => row.mentorId).filter((id): id is string => id !== null);
    return [...trainees.map((row) => row.trainee_id), ...mentors];
  }
}
