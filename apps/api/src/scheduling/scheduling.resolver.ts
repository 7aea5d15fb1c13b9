import { Args, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  type AttendanceRecordRow,
  type AttendanceSource,
  AttendanceService,
  type AttendanceStatus,
  type AttendanceStatusRow,
  registerVersion,
} from '@sanggar/attendance';
import { CohortErrors } from '@sanggar/cohorts';
import { type AuthUser, Clock, Role, Roles } from '@sanggar/core';
import { HubErrors } from '@sanggar/hubs';
import { IdentityErrors } from '@sanggar/identity';
import { CalendarFeedService } from '@sanggar/calendar';
import {
  MAX_ROOM_BOOKINGS,
  MAX_SESSIONS_PER_COHORT,
  SchedulingErrors,
  type SessionEntity,
  SchedulingService,
  requireScheduleRange,
} from '@sanggar/scheduling';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { CohortType, toCohortType } from '../cohorts/cohort.type.js';
import { type GqlContext, type Loaders, loadUsers, zoneOfCohort } from '../graphql/context.js';
import { RowField, RowList } from '../graphql/row-fields.js';
import { asksOnly, onlyId, selectedFields, selectedFieldsOf } from '../graphql/selection.js';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';
import { capped, MaxItems, PageArgs, firstOf, upTo } from '../graphql/lists.js';
import { HubType, RoomType, toRoomType } from '../hubs/hub.type.js';
import { UserType, toUserType } from '../identity/user.type.js';
import {
  MAX_ENTRIES_PER_RECORDING,
  RecordAttendanceInput,
  RescheduleSessionInput,
  ScheduleRecurringInput,
  ScheduleSessionInput,
} from './scheduling.inputs.js';
import { RoomBookingType, SchedulePreviewType, toRoomBookingType, toSchedulePreviewType } from './room-schedule.type.js';
import { AttendanceRecordType, CheckInCodeType, SessionType, toSessionType } from './session.type.js';

const MANAGERS = [Role.ADMIN, Role.COORDINATOR];

async function zoneOfSession(loaders: Loaders, sessionId: string): Promise<string> {
  const session = await loaders.sessionById.load(sessionId);
  if (!session) throw SchedulingErrors.sessionNotFound();
  return zoneOfCohort(loaders, session.cohortId);
}
/** A record as answered: `recordedAt` is written in the hub's zone only when the query asks for it. */
class AttendanceRecordView implements AttendanceRecordType {
  readonly id: string;
  readonly status: AttendanceStatus;
  readonly source: AttendanceSource;
  readonly note: string | null;
  readonly sessionId: string;
  readonly trainee: AttendanceRecordType['trainee'];
  readonly recordedBy: UserType | null;
  private readonly recordedAtUtc: Date;
  private readonly zone: string;

  constructor(record: AttendanceRecordRow, zone: string, trainee: AttendanceRecordType['trainee'], recordedBy: UserType | null) {
    this.id = record.id;
    this.status = record.status;
    this.source = record.source;
    this.note = record.note;
    this.sessionId = record.sessionId;
    this.trainee = trainee;
    this.recordedBy = recordedBy;
    this.recordedAtUtc = record.recordedAt;
    this.zone = zone;
  }

  get recordedAt(): string {
    return inZone(this.recordedAtUtc, this.zone);
  }
}

/**
 * Attendance records as GraphQL objects, whole: the trainee (as far as the query asks, see
 * `traineeAsked`), the writer and the hub's zone come through the request's loaders once per distinct
 * person and session, not per record.
 */
async function toAttendanceRecordTypes(
  records: AttendanceRecordRow[],
  loaders: Loaders,
  trainee: Exclude<TraineeAsked, 'nothing'> = 'person',
): Promise<AttendanceRecordType[]> {
  const sessionIds = [...new Set(records.map((record) => record.sessionId))];
  const zones = new Map(await Promise.all(sessionIds.map(async (id) => [id, await zoneOfSession(loaders, id)] as const)));
  const writers = records.flatMap((record) => (record.recordedBy ? [record.recordedBy] : []));
  const people = await peopleOf(loaders, trainee === 'person' ? [...writers, ...records.map((record) => record.traineeId)] : writers);
  return records.map((record) => {
    const recordedBy = (record.recordedBy && people.get(record.recordedBy)) || null;
    return new AttendanceRecordView(record, zones.get(record.sessionId)!, traineeAnswer(people, record, trainee)!, recordedBy);
  });
}

/** The people of a list of records, each read once (through the request's loader) and shown as the API shows them. */
async function peopleOf(loaders: Loaders, ids: string[]): Promise<Map<string, UserType>> {
  return new Map((await loadUsers(loaders, [...new Set(ids)])).map((user) => [user.id, toUserType(user)]));
}

function traineeOf(people: Map<string, UserType>, record: AttendanceStatusRow): UserType {
  const trainee = people.get(record.traineeId);
  if (!trainee) throw IdentityErrors.userNotFound();
  return trainee;
}

/** The fields a record answers from its status row alone (see statusesBySessionIds). */
const STATUS_RECORD_FIELDS = new Set(['id', 'status', 'trainee', 'session', '__typename']);

/**
 * A record that answers only STATUS_RECORD_FIELDS, given only to a selection that asks no more; its
 * trainee only when the selection asks for them (a trainee's own statuses on their cohort page do not),
 * and only their id when it asks no more (a grid drawn beside the roster that named them): no person is
 * read for it.
 */
type StatusRecord = Pick<AttendanceRecordType, 'id' | 'status' | 'sessionId'> & Partial<Pick<AttendanceRecordType, 'trainee'>>;
type AnsweredRecord = AttendanceRecordType | StatusRecord;

/** How much of each record's trainee a selection asks for. */
type TraineeAsked = 'nothing' | 'id' | 'person';

function traineeAsked(info: GraphQLResolveInfo): TraineeAsked {
  if (!selectedFields(info).has('trainee')) return 'nothing';
  return onlyId(selectedFieldsOf(info, 'trainee')) ? 'id' : 'person';
}

async function toStatusRecords(rows: AttendanceStatusRow[], loaders: Loaders, trainee: TraineeAsked): Promise<StatusRecord[]> {
  const people =
    trainee === 'person'
      ? await peopleOf(
          loaders,
          rows.map((row) => row.traineeId),
        )
      : undefined;
  return rows.map((row) => ({ id: row.id, status: row.status, sessionId: row.sessionId, trainee: traineeAnswer(people, row, trainee) }));
}

/**
 * A record's trainee as far as the query asks: the person (read into `people`), their id alone, or
 * nothing. The id needs no read: a record's trainee always exists (attendance_record.trainee_id
 * references the user, ON DELETE RESTRICT).
 */
function traineeAnswer(people: Map<string, UserType> | undefined, row: AttendanceStatusRow, trainee: TraineeAsked) {
  if (trainee === 'id') return { id: row.traineeId };
  return trainee === 'person' ? traineeOf(people!, row) : undefined;
}

/** A session's register, by trainee; a cohort seats up to its capacity (recorded in chunks of 500). */
const REGISTER = { default: 500, max: 2000 };

/** Sessions as GraphQL objects, their times in their hub's zone (cohort and hub come through the loaders). */
async function toSessionTypes(sessions: SessionEntity[], loaders: Loaders): Promise<SessionType[]> {
  return Promise.all(
    sessions.map(async (session) => {
      const cohort = await loaders.cohortById.load(session.cohortId);
      const hub = cohort && (await loaders.hubById.load(cohort.hubId));
      if (!hub) throw HubErrors.hubNotFound();
      return toSessionType(session, hub.timezone);
    }),
  );
}

@Resolver(() => SessionType)
class SessionResolver {
  constructor(private readonly scheduling: SchedulingService) {}

  @Query(() => SessionType, { description: 'A session of a cohort the caller may see' })
  async session(@Context() { loaders }: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<SessionType> {
    // Through the request's loaders: its cohort, zone and register read the same rows again otherwise.
    const session = await loaders.sessionById.load(id);
    const cohort = session && (await loaders.visibleCohortById.load(session.cohortId));
    if (!session || !cohort) throw SchedulingErrors.sessionNotFound();
    loaders.cohortById.prime(cohort.id, cohort);
    const [type] = await toSessionTypes([session], loaders);
    return type;
  }

  @Query(() => [SessionType], { description: 'Sessions of my cohorts (trainee), that I lead (mentor), of my hubs (coordinator)' })
  async mySchedule(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
    @Args() page: PageArgs,
  ): Promise<SessionType[]> {
    return toSessionTypes(await this.scheduling.mySchedule(caller, from, to, page), loaders);
  }

  @Roles(...MANAGERS)
  @Mutation(() => SessionType)
  async scheduleSession(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('input') input: ScheduleSessionInput,
  ): Promise<SessionType> {
    const [session] = await toSessionTypes([await this.scheduling.scheduleSession(caller, input)], loaders);
    return session;
  }

  @Roles(...MANAGERS)
  @MaxItems(MAX_SESSIONS_PER_COHORT)
  @Mutation(() => [SessionType], { description: 'All or nothing: one conflicting occurrence and none is created' })
  async scheduleRecurringSessions(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('input') input: ScheduleRecurringInput,
  ): Promise<SessionType[]> {
    return toSessionTypes(await this.scheduling.scheduleRecurring(caller, input), loaders);
  }

  @Roles(...MANAGERS)
  @Query(() => SchedulePreviewType, {
    description: 'A dry run of scheduleRecurringSessions: every date and what is in the way on each; nothing is saved',
  })
  async previewRecurringSessions(
    @CurrentUser() caller: AuthUser,
    @Args('input') input: ScheduleRecurringInput,
  ): Promise<SchedulePreviewType> {
    return toSchedulePreviewType(await this.scheduling.previewRecurring(caller, input));
  }

  @Roles(...MANAGERS)
  @MaxItems(MAX_ROOM_BOOKINGS)
  @Query(() => [RoomBookingType], { description: 'Every booking of the hub’s rooms in [from, to) (at most 31 days), for its coordinators' })
  async roomSchedule(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('hubId', { type: () => ID }) hubId: string,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
  ): Promise<RoomBookingType[]> {
    const bookings = await this.scheduling.roomSchedule(caller, hubId, from, to);
    const hub = await loaders.hubById.load(hubId);
    if (!hub) throw HubErrors.hubNotFound();
    return bookings.map((booking) => toRoomBookingType(booking, hub.timezone));
  }

  @Roles(...MANAGERS)
  @Mutation(() => SessionType)
  async rescheduleSession(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('input') input: RescheduleSessionInput,
  ): Promise<SessionType> {
    const [session] = await toSessionTypes([await this.scheduling.rescheduleSession(caller, input)], loaders);
    return session;
  }

  @Roles(...MANAGERS)
  @Mutation(() => SessionType, { description: 'Frees the room; a cancelled session does not count for attendance' })
  async cancelSession(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SessionType> {
    const [session] = await toSessionTypes([await this.scheduling.cancelSession(caller, id)], loaders);
    return session;
  }

  @RowField(() => CohortType, { description: 'NOT_FOUND when the caller may not see the cohort' })
  async cohort(this: void, session: SessionType, { loaders }: GqlContext): Promise<CohortType> {
    const cohort = await loaders.visibleCohortById.load(session.cohortId);
    if (!cohort) throw CohortErrors.cohortNotFound();
    return toCohortType(cohort);
  }

  @RowField(() => RoomType)
  async room(this: void, session: SessionType, { loaders }: GqlContext): Promise<RoomType> {
    const cohort = await loaders.cohortById.load(session.cohortId);
    const room = (await loaders.roomsByHubId.load(cohort!.hubId)).find((candidate) => candidate.id === session.roomId);
    if (!room) throw SchedulingErrors.roomNotInHub();
    return toRoomType(room);
  }

  @RowField(() => UserType, { nullable: true })
  async mentor(this: void, session: SessionType, { loaders }: GqlContext): Promise<UserType | null> {
    const mentor = session.mentorId ? await loaders.userById.load(session.mentorId) : undefined;
    return mentor ? toUserType(mentor) : null;
  }

  @RowList(() => [AttendanceRecordType], upTo(REGISTER), {
    description: 'The cohort’s mentors and coordinators see everyone; a trainee sees only their own',
  })
  async attendance(
    this: void,
    session: SessionType,
    { loaders }: GqlContext,
    first: number,
    info: GraphQLResolveInfo,
  ): Promise<AnsweredRecord[]> {
    // Both loaders read a trainee caller's own records only.
    const trainee = traineeAsked(info);
    if (asksOnly(info, STATUS_RECORD_FIELDS))
      return toStatusRecords(firstOf(await loaders.attendanceStatusBySessionId.load(session.id), first), loaders, trainee);
    // A whole record always has its trainee: the id alone when the query asks for nothing of them.
    const records = firstOf(await loaders.attendanceBySessionId.load(session.id), first);
    return toAttendanceRecordTypes(records, loaders, trainee === 'person' ? 'person' : 'id');
  }

  @RowField(() => String, { description: 'Changes whenever any record of the register is written: give it back to recordAttendance' })
  async registerVersion(this: void, session: SessionType, { loaders }: GqlContext): Promise<string> {
    return registerVersion(await loaders.attendanceBySessionId.load(session.id));
  }
}

@Resolver(() => AttendanceRecordType)
class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly clock: Clock,
  ) {}

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.MENTOR)
  @MaxItems(MAX_ENTRIES_PER_RECORDING)
  @Mutation(() => [AttendanceRecordType], { description: 'The cohort’s mentor or a coordinator; up to 500 entries in one transaction' })
  async recordAttendance(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('input') input: RecordAttendanceInput,
  ): Promise<AttendanceRecordType[]> {
    return toAttendanceRecordTypes(
      await this.attendance.recordAttendance(caller, input.sessionId, input.entries, input.expectedVersion),
      loaders,
    );
  }

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.MENTOR)
  @Mutation(() => CheckInCodeType, { description: 'The code to show on the room screen now; it rotates every 15 s' })
  async openCheckIn(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
  ): Promise<CheckInCodeType> {
    const { nextCodeAt, ...shown } = await this.attendance.openCheckIn(caller, sessionId);
    return {
      ...shown,
      expiresAt: inZone(shown.expiresAt, await zoneOfSession(loaders, sessionId)),
      nextCodeInSeconds: Math.max(0, (nextCodeAt.getTime() - this.clock.now().getTime()) / 1000),
    };
  }

  @Roles(Role.TRAINEE)
  @Mutation(() => AttendanceRecordType, { description: 'PRESENT, or LATE after 10 minutes; checking in twice returns the first record' })
  async checkIn(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('code', { type: () => String }) code: string,
  ): Promise<AttendanceRecordType> {
    const [record] = await toAttendanceRecordTypes([await this.attendance.checkIn(caller, sessionId, code.slice(0, 32))], loaders);
    return record;
  }

  @RowField(() => SessionType)
  async session(this: void, record: AnsweredRecord, { loaders }: GqlContext): Promise<SessionType> {
    const session = await loaders.sessionById.load(record.sessionId);
    if (!session) throw SchedulingErrors.sessionNotFound();
    const [type] = await toSessionTypes([session], loaders);
    return type;
  }
}

@Resolver(() => CohortType)
class CohortSessionsResolver {
  @RowList(() => [SessionType], capped(MAX_SESSIONS_PER_COHORT), { description: 'ordered by startsAt' })
  async sessions(this: void, cohort: CohortType, { loaders }: GqlContext, first: number): Promise<SessionType[]> {
    return toSessionTypes(firstOf(await loaders.sessionsByCohortId.load(cohort.id), first), loaders);
  }
}

@Resolver()
class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => Boolean, {
    description: 'Whether I made a private calendar URL; it is shown only when made (only its hash is kept)',
  })
  hasCalendarFeed(@CurrentUser() caller: AuthUser): Promise<boolean> {
    return this.feeds.hasFeed(caller);
  }

  @Mutation(() => String, {
    description: 'Makes my private ICS URL for Google Calendar or Outlook, shown this once (keep it secret); any earlier one stops working',
  })
  revokeCalendarFeed(@CurrentUser() caller: AuthUser): Promise<string> {
    return this.feeds.renew(caller);
  }
}

@ObjectType('HubAttendance', { description: 'Attendance over a hub’s sessions that ended in a stretch of time' })
class HubAttendanceType {
  @Field(() => Int, { description: 'Sessions held (ended, not cancelled)' })
  sessions: number;

  @Field(() => Int, { description: 'Seats at those sessions: each session counts its cohort’s trainees' })
  seated: number;

  @Field(() => Int, { description: 'PRESENT or LATE' })
  attended: number;

  @Field(() => Int)
  excused: number;
}

@Resolver(() => HubType)
class HubAttendanceResolver {
  constructor(private readonly attendanceService: AttendanceService) {}

  @ResolveField(() => HubAttendanceType, {
    description: 'For the hub’s coordinators: sessions ended in [from, to) (at most 31 days); the rate is attended / (seated − excused)',
  })
  async attendance(
    @Parent() hub: HubType,
    @CurrentUser() caller: AuthUser,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
  ): Promise<HubAttendanceType> {
    requireScheduleRange(from, to, 31);
    return this.attendanceService.hubAttendance(caller, hub.id, from, to);
  }
}

export const schedulingResolvers = [
  SessionResolver,
  AttendanceResolver,
  CohortSessionsResolver,
  CalendarFeedResolver,
  HubAttendanceResolver,
];
