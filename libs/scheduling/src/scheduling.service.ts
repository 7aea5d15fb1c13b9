import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type CohortEntity, CohortStatus, CohortsService, EnrollmentStatus } from '@sanggar/cohorts';
import { type AuthUser, Clock, type ListWindow, Locale, Role, localDate, requireHubManager } from '@sanggar/core';
import { type CappedList, hasRoomFor, preparedPlainRows, preparedRows, rowsByIds, rowsByParentIds } from '@sanggar/database';
import { HubsService, type RoomEntity } from '@sanggar/hubs';
import { sessionUid } from '@sanggar/notifications';
import { JobName, OutboxService, QueueName, Queues, jobIds } from '@sanggar/queue';
import { type CalendarEvent, placeOf } from './calendar-event.js';
import { type Occurrence, type Recurrence, expandRecurrence } from './recurrence.js';
import { SchedulingErrors } from './scheduling.errors.js';
import { ReservationKind } from './reservation.entity.js';
import { type Clash, ReservationsService } from './reservations.service.js';
import { SessionNotices } from './session-notices.js';
import { SessionEntity, SessionStatus } from './session.entity.js';

const MAX_HOURS = 12;
/** Three sessions a week for a year is 156: the Cohort.sessions list is capped here. */
export const MAX_SESSIONS_PER_COHORT = 200;
const SESSIONS_OF_COHORT: CappedList = { parentTable: 'cohort', table: 'session', parentColumn: 'cohort_id', max: MAX_SESSIONS_PER_COHORT };
const MAX_SCHEDULE_DAYS = 366;

export interface SessionPlace {
  cohortId: string;
  title: string;
  roomId: string;
  mentorId?: string | null;
}

export interface ScheduleSession extends SessionPlace, Occurrence {}

export type ScheduleRecurring = SessionPlace & Omit<Recurrence, 'timezone'>;

export interface RescheduleSession extends Occurrence {
  id: string;
  roomId?: string | null;
}

interface SessionEventRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: SessionStatus;
  sequence: number;
  updated_at: Date;
  cohort_name: string;
  room_name: string;
  hub_name: string;
  hub_city: string;
  mentor_name: string | null;
}

/** Lists of sessions and office hours cover at most a year (or `maxDays`), and must end after they start. */
export function requireScheduleRange(from: Date, to: Date, maxDays = MAX_SCHEDULE_DAYS): void {
  if (to <= from || to.getTime() - from.getTime() > maxDays * 86_400_000) throw SchedulingErrors.rangeTooLong(maxDays);
}

/** A checked place for sessions: the cohort, its hub's time zone, the room and how many it must seat. */
interface Plan {
  cohort: CohortEntity;
  timezone: string;
  room: RoomEntity;
  seated: number;
}

/** What a recurring schedule would create, before it is saved. */
export interface RecurringPreview {
  timezone: string;
  roomName: string;
  roomCapacity: number;
  seated: number;
  sessions: (Occurrence & { outsideCohort: boolean; clashes: Clash[] })[];
}

/** One booking of a hub's room: a session, or a mentor's office hours. */
export interface RoomBooking {
  id: string;
  kind: ReservationKind;
  roomId: string;
  startsAt: Date;
  endsAt: Date;
  title: string | null;
  cohortId: string | null;
  cohortName: string | null;
  mentorName: string | null;
}

/** A room calendar covers at most a month: a week view, a month at most. */
const MAX_ROOM_SCHEDULE_DAYS = 31;
/** 100 rooms booked every hour of a month would be more; a week of a busy building is a few hundred. */
export const MAX_ROOM_BOOKINGS = 1000;

/** How long the register of a session written after it ended stays open before trainees without a record become ABSENT. */
export const LATE_REGISTER_HOURS = 48;

@Injectable()
export class SchedulingService {
  private readonly logger = new Logger(SchedulingService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly hubs: HubsService,
    private readonly outbox: OutboxService,
    private readonly queues: Queues,
    private readonly reservations: ReservationsService,
    private readonly notices: SessionNotices,
    private readonly clock: Clock,
  ) {}

  async scheduleSession(user: AuthUser, input: ScheduleSession): Promise<SessionEntity> {
    const plan = await this.plan(user, input);
    this.checkTimes(plan, input);
    const [session] = await this.insertAll(plan, input, [input]);
    return session;
  }

  /**
   * A dry run of `scheduleRecurring`: every date it would create and what is in the way on each (room,
   * mentor, the cohort's dates), plus whether the room seats the cohort. Nothing is written.
   */
  async previewRecurring(user: AuthUser, input: ScheduleRecurring): Promise<RecurringPreview> {
    const { cohort, timezone, room, seated } = await this.plan(user, input, { dryRun: true });
    const occurrences = expandRecurrence({ ...input, timezone });
    if (occurrences.length > MAX_SESSIONS_PER_COHORT) throw SchedulingErrors.tooManySessions(MAX_SESSIONS_PER_COHORT);
    const clashes = await this.reservations.clashes(occurrences, input);
    return {
      timezone,
      roomName: room.name,
      roomCapacity: room.capacity,
      seated,
      sessions: occurrences.map((occurrence, index) => ({
        ...occurrence,
        outsideCohort: localDate(occurrence.startsAt, timezone) < cohort.startsOn || localDate(occurrence.endsAt, timezone) > cohort.endsOn,
        clashes: clashes[index],
      })),
    };
  }

  /**
   * All occurrences or none: every clashing date is named (room or mentor) and nothing is created. The
   * exclusion constraints still decide a booking that races this one.
   */
  async scheduleRecurring(user: AuthUser, input: ScheduleRecurring): Promise<SessionEntity[]> {
    const plan = await this.plan(user, input);
    const occurrences = expandRecurrence({ ...input, timezone: plan.timezone });
    if (occurrences.length === 0) throw SchedulingErrors.noOccurrences();
    for (const occurrence of occurrences) this.checkTimes(plan, occurrence);
    const clashes = (await this.reservations.clashes(occurrences, input)).flat();
    if (clashes.length > 0) throw SchedulingErrors.seriesClashes(clashes, plan.timezone);
    return this.insertAll(plan, input, occurrences);
  }

  async cancelSession(user: AuthUser, id: string): Promise<SessionEntity> {
    const session = await this.managedSession(user, id);
    if (session.status === SessionStatus.CANCELLED) throw SchedulingErrors.alreadyCancelled();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(SessionEntity, { id }, { status: SessionStatus.CANCELLED, sequence: session.sequence + 1 });
      await this.reservations.release(manager, [id]);
      await this.notices.cancelled(manager, id);
    });
    await this.dropAbsenceJob(session);
    return this.dataSource.getRepository(SessionEntity).findOneByOrFail({ id });
  }

  /**
   * Inside the caller's transaction: cancels the cohort's sessions still to come, so their rooms and
   * mentors are free again and calendars show them cancelled. Returns them for `forgetAbsenceJobs`.
   */
  async cancelSessionsToCome(manager: EntityManager, cohortId: string): Promise<Pick<SessionEntity, 'id' | 'sequence'>[]> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ status: SessionStatus.CANCELLED, sequence: () => 'sequence + 1' })
      .where(`cohort_id = :cohortId AND status = :scheduled AND starts_at > :now`, {
        cohortId,
        scheduled: SessionStatus.SCHEDULED,
        now: this.clock.now(),
      })
      .returning(['id', 'sequence'])
      .execute();
    const upcoming = result.raw as Pick<SessionEntity, 'id' | 'sequence'>[];
    await this.reservations.release(
      manager,
      upcoming.map((session) => session.id),
    );
    return upcoming;
  }

  /** After cancelSessionsToCome committed: nobody is marked absent from those sessions. */
  async forgetAbsenceJobs(cancelled: Pick<SessionEntity, 'id' | 'sequence'>[]): Promise<void> {
    for (const session of cancelled) await this.dropAbsenceJob({ id: session.id, sequence: session.sequence - 1 });
  }

  /** Moves a session (and its auto-absence job) to another time or room, under the same rules as scheduling. */
  async rescheduleSession(user: AuthUser, input: RescheduleSession): Promise<SessionEntity> {
    const session = await this.managedSession(user, input.id);
    if (session.status === SessionStatus.CANCELLED) throw SchedulingErrors.alreadyCancelled();
    const place = { cohortId: session.cohortId, title: session.title, roomId: input.roomId ?? session.roomId, mentorId: session.mentorId };
    const plan = await this.plan(user, place);
    this.checkTimes(plan, input);
    const sequence = session.sequence + 1;
    const moved = { startsAt: input.startsAt, endsAt: input.endsAt, roomId: place.roomId };
    await this.reservations.exclusively(
      plan.timezone,
      () => ({ ...place, ...moved }),
      (manager) =>
        this.withAbsenceJob(manager, { id: session.id, endsAt: input.endsAt, sequence }, async () => {
          const [was] = await this.notices.facts(manager, [session.id]);
          await manager.update(SessionEntity, { id: session.id }, { ...moved, sequence });
          await this.reservations.move(manager, session.id, moved);
          await this.notices.rescheduled(manager, was);
        }),
    );
    await this.dropAbsenceJob(session);
    return this.dataSource.getRepository(SessionEntity).findOneByOrFail({ id: session.id });
  }

  /** A session the caller may see: one of a cohort they may see. */
  async getSession(user: AuthUser, id: string): Promise<SessionEntity> {
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ id });
    if (!session) throw SchedulingErrors.sessionNotFound();
    await this.cohorts.getCohort(user, session.cohortId).catch(() => {
      throw SchedulingErrors.sessionNotFound();
    });
    return session;
  }

  /**
   * Sessions in [from, to): a trainee's of the cohorts they are enrolled in, a mentor's that they
   * lead, a coordinator's in their hubs (an admin's: all). Cancelled ones stay, marked, so calendars update.
   */
  async mySchedule(user: AuthUser, from: Date, to: Date, window: ListWindow): Promise<SessionEntity[]> {
    requireScheduleRange(from, to);
    return this.sessionsOf(user, from, to, window);
  }

  /** The sessions mySchedule lists, for any range (the calendar feed spans more than a year). */
  sessionsOf(user: AuthUser, from: Date, to: Date, window?: ListWindow): Promise<SessionEntity[]> {
    const query = this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.starts_at < :to AND s.ends_at > :from', { from, to })
      .orderBy('s.starts_at')
      .addOrderBy('s.id');
    switch (user.role) {
      case Role.TRAINEE:
        query.andWhere(`s.cohort_id IN (SELECT cohort_id FROM enrollment WHERE trainee_id = :userId AND status IN (:...attending))`, {
          userId: user.id,
          attending: [EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED],
        });
        break;
      case Role.MENTOR:
        query.andWhere('s.mentor_id = :userId', { userId: user.id });
        break;
      case Role.COORDINATOR:
        query.andWhere('s.cohort_id IN (SELECT id FROM cohort WHERE hub_id = ANY(:hubIds))', { hubIds: user.hubIds });
        break;
      case Role.ADMIN:
        break;
    }
    // Plain rows: a month of a hub's sessions is hundreds, and building an entity per row cost more than reading it.
    return preparedPlainRows<SessionEntity>(this.dataSource.manager, query, window);
  }

  /** The caller's sessions as calendar entries, in their language. */
  async calendarEvents(user: AuthUser, from: Date, to: Date): Promise<CalendarEvent[]> {
    const ids = (await this.sessionsOf(user, from, to)).map((session) => session.id);
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<SessionEventRow[]>(
      `SELECT s.id, s.title, s.starts_at, s.ends_at, s.status, s.sequence, s.updated_at, c.name AS cohort_name, r.name AS room_name,
              h.name AS hub_name, h.city AS hub_city, m.full_name AS mentor_name
         FROM session s JOIN cohort c ON c.id = s.cohort_id JOIN room r ON r.id = s.room_id JOIN hub h ON h.id = c.hub_id
         LEFT JOIN "user" m ON m.id = s.mentor_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    const cohortLabel = user.locale === Locale.en ? 'Cohort' : 'Kelompok';
    return rows.map((row) => ({
      uid: sessionUid(row.id),
      sequence: row.sequence,
      start: row.starts_at,
      end: row.ends_at,
      stamp: row.updated_at,
      summary: `${row.title} — ${row.cohort_name}`,
      location: placeOf(row.room_name, row.hub_name, row.hub_city),
      description: [`${cohortLabel}: ${row.cohort_name}`, row.mentor_name ? `Mentor: ${row.mentor_name}` : null].filter(Boolean).join('\n'),
      cancelled: row.status === SessionStatus.CANCELLED,
    }));
  }

  /** Every booking of the hub's rooms (sessions not cancelled, office hours) overlapping [from, to), in time order. */
  async roomSchedule(user: AuthUser, hubId: string, from: Date, to: Date): Promise<RoomBooking[]> {
    requireHubManager(user, hubId);
    requireScheduleRange(from, to, MAX_ROOM_SCHEDULE_DAYS);
    return preparedRows<RoomBooking>(
      this.dataSource.manager,
      `SELECT r.id, r.kind, r.room_id AS "roomId", r.starts_at AS "startsAt", r.ends_at AS "endsAt", s.title,
              c.id AS "cohortId", c.name AS "cohortName", u.full_name AS "mentorName"
         FROM reservation r
         JOIN room ON room.id = r.room_id AND room.hub_id = $1
         LEFT JOIN session s ON s.id = r.id
         LEFT JOIN cohort c ON c.id = s.cohort_id
         LEFT JOIN "user" u ON u.id = r.mentor_id
        WHERE tstzrange(r.starts_at, r.ends_at) && tstzrange($2, $3)
        ORDER BY r.starts_at, room.name LIMIT $4`,
      [hubId, from, to, MAX_ROOM_BOOKINGS],
    );
  }

  /** How many of the cohort's sessions still to come this mentor leads. */
  upcomingLedBy(cohortId: string, mentorId: string): Promise<number> {
    return this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.cohort_id = :cohortId AND s.mentor_id = :mentorId AND s.status = :status AND s.starts_at > :now', {
        cohortId,
        mentorId,
        status: SessionStatus.SCHEDULED,
        now: this.clock.now(),
      })
      .getCount();
  }

  /** Batch loader: each cohort's sessions by start. */
  sessionsByCohortIds(ids: readonly string[]): Promise<SessionEntity[][]> {
    return rowsByParentIds(this.dataSource.getRepository(SessionEntity), 'cohortId', ids, { startsAt: 'ASC', id: 'ASC' });
  }

  sessionsByIds(ids: readonly string[]): Promise<(SessionEntity | undefined)[]> {
    return rowsByIds(this.dataSource.getRepository(SessionEntity), ids);
  }

  private async managedSession(user: AuthUser, id: string): Promise<SessionEntity> {
    const session = await this.getSession(user, id);
    await this.cohorts.managedCohort(user, session.cohortId);
    return session;
  }

  /**
   * Checks who schedules, the cohort's state, the room (hub, size) and the mentor. A dry run reports a
   * room too small instead of refusing, and leaves the mentor unassigned.
   */
  private async plan(user: AuthUser, place: SessionPlace, { dryRun } = { dryRun: false }): Promise<Plan> {
    const cohort = await this.cohorts.managedCohort(user, place.cohortId);
    if (cohort.status === CohortStatus.COMPLETED || cohort.status === CohortStatus.CANCELLED) throw SchedulingErrors.cohortClosed();
    const [hub, room, enrolled] = await Promise.all([
      this.hubs.getHub(cohort.hubId),
      this.hubs.getRoom(place.roomId),
      this.cohorts.enrolledCount(cohort.id),
    ]);
    if (!room || room.hubId !== cohort.hubId) throw SchedulingErrors.roomNotInHub();
    if (room.capacity < enrolled && !dryRun) throw SchedulingErrors.roomTooSmall(room.name, room.capacity, enrolled);
    if (place.mentorId && dryRun) await this.cohorts.requireMentorOfHub(cohort, place.mentorId);
    else if (place.mentorId) {
      // Assigning is idempotent, and lets the mentor see the cohort they teach.
      await this.cohorts.assignMentor(user, cohort.id, place.mentorId).catch(() => {
        throw SchedulingErrors.notAMentorOfHub();
      });
    }
    return { cohort, timezone: hub.timezone, room, seated: enrolled };
  }

  private checkTimes({ cohort, timezone }: Plan, { startsAt, endsAt }: Occurrence): void {
    if (endsAt <= startsAt) throw SchedulingErrors.endsBeforeStart();
    if (endsAt.getTime() - startsAt.getTime() > MAX_HOURS * 3_600_000) throw SchedulingErrors.tooLong();
    if (localDate(startsAt, timezone) < cohort.startsOn || localDate(endsAt, timezone) > cohort.endsOn) {
      throw SchedulingErrors.outsideCohort(cohort.startsOn, cohort.endsOn);
    }
  }

  private async insertAll(plan: Plan, place: SessionPlace, occurrences: Occurrence[]): Promise<SessionEntity[]> {
    const ordered = [...occurrences].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    let failedAt: Occurrence = ordered[0];
    return this.reservations.exclusively(
      plan.timezone,
      () => ({ ...place, ...failedAt }),
      async (manager) => {
        if (!(await hasRoomFor(manager, SESSIONS_OF_COHORT, place.cohortId, ordered.length)))
          throw SchedulingErrors.tooManySessions(MAX_SESSIONS_PER_COHORT);
        const created: SessionEntity[] = [];
        for (const occurrence of ordered) {
          failedAt = occurrence;
          const session = await manager.save(SessionEntity, {
            cohortId: place.cohortId,
            title: place.title,
            roomId: place.roomId,
            mentorId: place.mentorId ?? null,
            startsAt: occurrence.startsAt,
            endsAt: occurrence.endsAt,
            status: SessionStatus.SCHEDULED,
            sequence: 0,
          });
          await this.reservations.reserve(manager, [
            {
              id: session.id,
              kind: ReservationKind.SESSION,
              roomId: session.roomId,
              mentorId: session.mentorId,
              startsAt: session.startsAt,
              endsAt: session.endsAt,
            },
          ]);
          await this.withAbsenceJob(manager, session, async () => undefined);
          created.push(session);
        }
        await this.notices.scheduled(
          manager,
          created.map((session) => session.id),
        );
        return created;
      },
    );
  }

  /**
   * Plans the auto-absence job for the session's current version, in the same transaction as the write:
   * at its end, or — written after its end, to record a class held — LATE_REGISTER_HOURS after the write,
   * while the mentor enters the register by hand.
   */
  private async withAbsenceJob<T>(
    manager: EntityManager,
    session: Pick<SessionEntity, 'id' | 'sequence' | 'endsAt'>,
    write: () => Promise<T>,
  ): Promise<T> {
    const result = await write();
    const now = this.clock.now().getTime();
    const runAt = session.endsAt.getTime() > now ? session.endsAt : new Date(now + LATE_REGISTER_HOURS * 3_600_000);
    await this.outbox.add(
      manager,
      { name: JobName.MarkAbsent, data: { sessionId: session.id, sequence: session.sequence } },
      jobIds.markAbsent(session.id, session.sequence),
      runAt,
    );
    return result;
  }

  /** The old version's job would do nothing (its sequence is stale); removing it just keeps the queue tidy. */
  private async dropAbsenceJob(session: Pick<SessionEntity, 'id' | 'sequence'>): Promise<void> {
    await this.queues
      .get(QueueName.Attendance)
      .remove(jobIds.markAbsent(session.id, session.sequence))
      .catch((error: unknown) => this.logger.warn({ errorType: (error as Error).constructor.name }, 'could not drop an old absence job'));
  }
}
