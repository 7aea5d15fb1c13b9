import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  type AuthUser,
  Clock,
  type ListWindow,
  Role,
  givenFields,
  belongsToHub,
  hasReason,
  oneByKey,
  requireHubManager,
} from '@sanggar/core';
import { type CappedList, hasRoomFor, preparedPlainRows, rowsByIds, rowsByParentIds } from '@sanggar/database';
import { CurriculaService, CurriculumStatus } from '@sanggar/curricula';
import { HubsService } from '@sanggar/hubs';
import { IdentityService } from '@sanggar/identity';
import { NotificationKind, Notifier } from '@sanggar/notifications';
import { CohortEntity, CohortMentorEntity, CohortStatus } from './cohort.entity.js';
import { CohortRows } from './cohort-rows.js';
import { CohortErrors } from './cohorts.errors.js';
import { EnrollmentEntity, EnrollmentStatus } from './enrollment.entity.js';
import { type EnrollmentPage, type EnrollmentPageKey, loadEnrollmentPages } from './enrollment-pages.js';

export interface CreateCohort {
  hubId: string;
  curriculumId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
}

/** Fields of a cohort its coordinator may correct; absent ones stay. */
export interface CohortPatch {
  name?: string;
  startsOn?: string;
  endsOn?: string;
  capacity?: number;
}

/** Which moves of the status machine are legal, by target. */
const ALLOWED_FROM: Record<CohortStatus, CohortStatus[]> = {
  [CohortStatus.PLANNED]: [],
  [CohortStatus.RUNNING]: [CohortStatus.PLANNED],
  [CohortStatus.COMPLETED]: [CohortStatus.RUNNING],
  [CohortStatus.CANCELLED]: [CohortStatus.PLANNED, CohortStatus.RUNNING],
};

const OPEN_FOR_ENROLLMENT = [CohortStatus.PLANNED, CohortStatus.RUNNING];

/** The Cohort.mentors list is capped here. */
export const MAX_MENTORS_PER_COHORT = 10;
const MENTORS_OF_COHORT: CappedList = {
  parentTable: 'cohort',
  table: 'cohort_mentor',
  parentColumn: 'cohort_id',
  max: MAX_MENTORS_PER_COHORT,
};

export enum EnrollmentOutcomeKind {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  ALREADY_IN = 'ALREADY_IN',
  /** No account with that email. */
  UNKNOWN = 'UNKNOWN',
  /** An account, but not a trainee of the cohort's hub. */
  NOT_A_TRAINEE = 'NOT_A_TRAINEE',
  /** May be under 18, and no guardian's consent is recorded yet. */
  GUARDIAN_CONSENT_NEEDED = 'GUARDIAN_CONSENT_NEEDED',
}

export interface EnrollmentOutcome {
  email: string | null;
  traineeId: string | null;
  outcome: EnrollmentOutcomeKind;
  enrollment: EnrollmentEntity | null;
}

/** A hub's cohort list by start date: latest first (its history), or soonest first (what comes next). */
export enum CohortOrder {
  STARTS_LATEST = 'STARTS_LATEST',
  STARTS_SOONEST = 'STARTS_SOONEST',
}

/**
 * Whose enrollments a caller who can see the cohort may list: managers and the cohort's mentors
 * see everyone (null); a trainee only themself.
 */
export function rosterScope(user: AuthUser): string | null {
  return user.role === Role.TRAINEE ? user.id : null;
}

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hubs: HubsService,
    private readonly curricula: CurriculaService,
    private readonly identity: IdentityService,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    private readonly rememberedRows: CohortRows,
  ) {}

  async createCohort(user: AuthUser, input: CreateCohort): Promise<CohortEntity> {
    await this.hubs.getHub(input.hubId);
    requireHubManager(user, input.hubId);
    const curriculum = await this.curricula.getCurriculum(user, input.curriculumId);
    if (curriculum.hubId !== input.hubId) throw CohortErrors.curriculumOfOtherHub();
    if (curriculum.status !== CurriculumStatus.PUBLISHED) throw CohortErrors.curriculumNotPublished();
    if (input.endsOn < input.startsOn) throw CohortErrors.endsBeforeStart();
    return this.dataSource.getRepository(CohortEntity).save({ ...input, status: CohortStatus.PLANNED });
  }

  /**
   * Cohorts the caller may see. ADMIN: all; COORDINATOR: their hubs; MENTOR: cohorts they are
   * assigned to; TRAINEE: cohorts they are enrolled in plus PLANNED cohorts of their hub.
   */
  private visible(user: AuthUser): SelectQueryBuilder<CohortEntity> {
    const query = this.dataSource.getRepository(CohortEntity).createQueryBuilder('c');
    switch (user.role) {
      case Role.ADMIN:
        return query;
      case Role.COORDINATOR:
        return query.where('c.hub_id = ANY(:hubIds)', { hubIds: user.hubIds });
      // A mentor sees the cohorts they mentor, and those of sessions they lead.
      case Role.MENTOR:
        return query.where(
          `(EXISTS (SELECT 1 FROM cohort_mentor cm WHERE cm.cohort_id = c.id AND cm.mentor_id = :userId)
            OR EXISTS (SELECT 1 FROM session s WHERE s.cohort_id = c.id AND s.mentor_id = :userId))`,
          { userId: user.id },
        );
      case Role.TRAINEE:
        return query.where(
          `(EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = c.id AND e.trainee_id = :userId AND e.status <> :withdrawn)
            OR (c.status = :planned AND c.hub_id = ANY(:hubIds)))`,
          { userId: user.id, hubIds: user.hubIds, withdrawn: EnrollmentStatus.WITHDRAWN, planned: CohortStatus.PLANNED },
        );
    }
  }

  /** A cohort the caller may see; NOT_FOUND otherwise, so ids of other cohorts don't leak. */
  async getCohort(user: AuthUser, id: string): Promise<CohortEntity> {
    const [cohort] = await preparedPlainRows<CohortEntity>(this.dataSource.manager, this.visible(user).andWhere('c.id = :id', { id }));
    if (!cohort) throw CohortErrors.cohortNotFound();
    return cohort;
  }

  listCohorts(
    user: AuthUser,
    hubId: string,
    status: CohortStatus | null | undefined,
    window: ListWindow,
    order = CohortOrder.STARTS_LATEST,
  ): Promise<CohortEntity[]> {
    if (!belongsToHub(user, hubId)) return Promise.resolve([]);
    const query = this.visible(user).andWhere('c.hub_id = :hubId', { hubId });
    if (status) query.andWhere('c.status = :status', { status });
    const direction = order === CohortOrder.STARTS_SOONEST ? 'ASC' : 'DESC';
    query.orderBy('c.starts_on', direction).addOrderBy('c.name').addOrderBy('c.id');
    // Plain rows: the hub home lists three pages of cohorts, and building an entity per row cost more than reading it.
    return preparedPlainRows<CohortEntity>(this.dataSource.manager, query, window);
  }

  /** The cohort, visible to and managed by the caller (NOT_FOUND, then FORBIDDEN). */
  async managedCohort(user: AuthUser, id: string): Promise<CohortEntity> {
    const cohort = await this.getCohort(user, id);
    requireHubManager(user, cohort.hubId);
    return cohort;
  }

  startCohort(user: AuthUser, id: string): Promise<CohortEntity> {
    return this.transition(user, id, CohortStatus.RUNNING);
  }

  /** Inside the caller's transaction: scheduling cancels the cohort's sessions to come in the same one. */
  cancelCohort(user: AuthUser, id: string, manager: EntityManager): Promise<CohortEntity> {
    return this.transition(user, id, CohortStatus.CANCELLED, manager);
  }

  /** Moves the status machine one legal step; the UPDATE's condition decides between racing calls. */
  private async transition(user: AuthUser, id: string, to: CohortStatus, manager = this.dataSource.manager): Promise<CohortEntity> {
    await this.managedCohort(user, id);
    const moved = await manager
      .createQueryBuilder()
      .update(CohortEntity)
      .set({ status: to })
      .where('id = :id AND status IN (:...from)', { id, from: ALLOWED_FROM[to] })
      .returning('*')
      .execute();
    const current = await manager.findOneByOrFail(CohortEntity, { id });
    if (moved.affected !== 1) throw CohortErrors.illegalTransition(current.status, to);
    return current;
  }

  /** RUNNING -> COMPLETED inside the caller's transaction (certificate issuance starts in the same one). */
  async markCompleted(manager: EntityManager, cohortId: string): Promise<void> {
    const cohort = await this.lockCohort(manager, cohortId);
    const { timezone } = await this.hubs.getHub(cohort.hubId);
    const today = DateTime.fromJSDate(this.clock.now(), { zone: timezone }).toISODate()!;
    if (cohort.status === CohortStatus.RUNNING && today < cohort.startsOn) throw CohortErrors.notStartedYet(cohort.startsOn);
    const moved = await manager.update(CohortEntity, { id: cohortId, status: CohortStatus.RUNNING }, { status: CohortStatus.COMPLETED });
    if (moved.affected !== 1) {
      const current = await manager.findOneByOrFail(CohortEntity, { id: cohortId });
      throw CohortErrors.illegalTransition(current.status, CohortStatus.COMPLETED);
    }
  }

  /** A mentor of the cohort's hub, or BAD_USER_INPUT on mentorId. */
  async requireMentorOfHub(cohort: CohortEntity, mentorId: string): Promise<void> {
    const mentor = await this.identity.loadAuthUser(mentorId).catch(() => null);
    if (!mentor || mentor.role !== Role.MENTOR || !mentor.hubIds.includes(cohort.hubId)) throw CohortErrors.notAMentorOfHub();
  }

  /** Idempotent: assigning the same mentor twice leaves one assignment. */
  async assignMentor(user: AuthUser, cohortId: string, mentorId: string): Promise<CohortEntity> {
    const cohort = await this.managedCohort(user, cohortId);
    await this.requireMentorOfHub(cohort, mentorId);
    await this.dataSource.transaction(async (manager) => {
      const assigned = await manager.existsBy(CohortMentorEntity, { cohortId, mentorId });
      if (!assigned && !(await hasRoomFor(manager, MENTORS_OF_COHORT, cohortId))) throw CohortErrors.tooManyMentors(MAX_MENTORS_PER_COHORT);
      await manager.createQueryBuilder().insert().into(CohortMentorEntity).values({ cohortId, mentorId }).orIgnore().execute();
    });
    return cohort;
  }

  /**
   * Corrects name, dates or capacity of a cohort not yet over. The start date moves only before the
   * cohort starts; capacity never drops below the trainees seated, and a raise seats the waitlist in order.
   */
  async updateCohort(user: AuthUser, id: string, patch: CohortPatch): Promise<CohortEntity> {
    await this.managedCohort(user, id);
    return this.dataSource.transaction(async (manager) => {
      const cohort = await this.lockCohort(manager, id);
      if (!OPEN_FOR_ENROLLMENT.includes(cohort.status)) throw CohortErrors.cohortOver(cohort.status);
      if (patch.startsOn !== undefined && patch.startsOn !== cohort.startsOn && cohort.status !== CohortStatus.PLANNED)
        throw CohortErrors.startFixed();
      const next = { ...cohort, ...givenFields(patch) };
      if (next.endsOn < next.startsOn) throw CohortErrors.endsBeforeStart();
      // Dates in the hub's zone: a session at 06:00 WIB on the last day is on that day.
      const [{ outside }] = await manager.query<{ outside: number }[]>(
        `SELECT count(*)::int AS outside FROM session s JOIN cohort c ON c.id = s.cohort_id JOIN hub h ON h.id = c.hub_id
          WHERE s.cohort_id = $1 AND s.status = 'SCHEDULED'
            AND (s.starts_at AT TIME ZONE h.timezone)::date NOT BETWEEN $2::date AND $3::date`,
        [id, next.startsOn, next.endsOn],
      );
      if (outside > 0) throw CohortErrors.sessionsOutsideDates(outside);
      const seated = await manager.countBy(EnrollmentEntity, { cohortId: id, status: EnrollmentStatus.ENROLLED });
      if (next.capacity < seated) throw CohortErrors.capacityBelowSeated(seated);
      await manager.update(
        CohortEntity,
        { id },
        { name: next.name, startsOn: next.startsOn, endsOn: next.endsOn, capacity: next.capacity },
      );
      if (next.capacity > seated) await this.seatFromWaitlist(manager, id, next.capacity - seated);
      return manager.findOneByOrFail(CohortEntity, { id });
    });
  }

  /** Takes a mentor off a cohort (the caller checks first that they lead none of its sessions to come). */
  async unassignMentor(user: AuthUser, cohortId: string, mentorId: string): Promise<CohortEntity> {
    const cohort = await this.managedCohort(user, cohortId);
    await this.dataSource.getRepository(CohortMentorEntity).delete({ cohortId, mentorId });
    return cohort;
  }

  /**
   * ENROLLED while seats remain, else WAITLISTED. The cohort row is locked for the decision, so
   * simultaneous enrollments for the last seat are served one at a time and never overbook.
   */
  async enrollTrainee(user: AuthUser, input: { cohortId: string; traineeId: string }): Promise<EnrollmentEntity> {
    const cohort = await this.managedCohort(user, input.cohortId);
    const trainee = await this.identity.loadAuthUser(input.traineeId).catch(() => {
      throw CohortErrors.traineeNotFound();
    });
    if (trainee.role !== Role.TRAINEE || !trainee.hubIds.includes(cohort.hubId)) throw CohortErrors.notATraineeOfHub();
    if (await this.identity.lacksGuardianConsent(trainee.id)) throw CohortErrors.guardianConsentNeeded();

    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lockCohort(manager, cohort.id);
      if (!OPEN_FOR_ENROLLMENT.includes(locked.status)) throw CohortErrors.closedForEnrollment(locked.status);
      const existing = await manager.findOneBy(EnrollmentEntity, { cohortId: cohort.id, traineeId: trainee.id });
      if (existing && existing.status !== EnrollmentStatus.WITHDRAWN) throw CohortErrors.alreadyEnrolled();
      const seated = await manager.countBy(EnrollmentEntity, { cohortId: cohort.id, status: EnrollmentStatus.ENROLLED });
      const status = seated < locked.capacity ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED;
      const seatedAt = status === EnrollmentStatus.ENROLLED ? this.clock.now() : null;
      let enrollment: EnrollmentEntity;
      if (existing) {
        await manager.update(EnrollmentEntity, { id: existing.id }, { status, seatedAt, requestedAt: () => 'now()' });
        enrollment = await manager.findOneByOrFail(EnrollmentEntity, { id: existing.id });
      } else {
        enrollment = await manager.save(EnrollmentEntity, { cohortId: cohort.id, traineeId: trainee.id, status, seatedAt });
      }
      const kind = status === EnrollmentStatus.ENROLLED ? NotificationKind.ENROLLED : NotificationKind.WAITLISTED;
      await this.tell(manager, kind, locked, enrollment);
      return enrollment;
    });
  }

  /**
   * Enrolls many at once — picked from the directory (ids) or pasted (emails) — and says for each what
   * happened, so one unknown address or one trainee already in does not stop the rest.
   */
  async enrollMany(user: AuthUser, cohortId: string, people: { traineeIds: string[]; emails: string[] }): Promise<EnrollmentOutcome[]> {
    await this.managedCohort(user, cohortId);
    const emails = [...new Set(people.emails.map((email) => email.trim().toLowerCase()).filter(Boolean))];
    const byEmail = new Map((await this.identity.usersByEmails(emails)).map((account) => [account.email, account.id]));
    const wanted = [
      ...[...new Set(people.traineeIds)].map((traineeId) => ({ traineeId, email: null })),
      ...emails.map((email) => ({ traineeId: byEmail.get(email) ?? null, email })),
    ];
    const outcomes: EnrollmentOutcome[] = [];
    for (const { traineeId, email } of wanted) {
      if (!traineeId) {
        outcomes.push({ email, traineeId, outcome: EnrollmentOutcomeKind.UNKNOWN, enrollment: null });
        continue;
      }
      try {
        const enrollment = await this.enrollTrainee(user, { cohortId, traineeId });
        const outcome = enrollment.status === EnrollmentStatus.ENROLLED ? EnrollmentOutcomeKind.ENROLLED : EnrollmentOutcomeKind.WAITLISTED;
        outcomes.push({ email, traineeId, outcome, enrollment });
      } catch (error) {
        const outcome = hasReason(error, 'alreadyEnrolled')
          ? EnrollmentOutcomeKind.ALREADY_IN
          : hasReason(error, 'notATraineeOfHub') || hasReason(error, 'traineeNotFound')
            ? EnrollmentOutcomeKind.NOT_A_TRAINEE
            : hasReason(error, 'guardianConsentNeeded')
              ? EnrollmentOutcomeKind.GUARDIAN_CONSENT_NEEDED
              : null;
        if (!outcome) throw error;
        outcomes.push({ email, traineeId, outcome, enrollment: null });
      }
    }
    return outcomes;
  }

  /** By the hub's coordinator or the trainee themself. Frees the seat for the oldest waitlisted trainee. */
  async withdrawEnrollment(user: AuthUser, id: string): Promise<EnrollmentEntity> {
    const enrollment = await this.dataSource.getRepository(EnrollmentEntity).findOneBy({ id });
    if (!enrollment) throw CohortErrors.enrollmentNotFound();
    const cohort = await this.getCohort(user, enrollment.cohortId).catch(() => {
      throw CohortErrors.enrollmentNotFound();
    });
    if (enrollment.traineeId !== user.id) {
      if (user.role === Role.TRAINEE) throw CohortErrors.enrollmentNotFound();
      requireHubManager(user, cohort.hubId);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.lockCohort(manager, cohort.id);
      const current = await manager.findOneByOrFail(EnrollmentEntity, { id });
      if (current.status === EnrollmentStatus.WITHDRAWN) throw CohortErrors.alreadyWithdrawn();
      if (current.status === EnrollmentStatus.COMPLETED) throw CohortErrors.completedEnrollment();
      await manager.update(EnrollmentEntity, { id }, { status: EnrollmentStatus.WITHDRAWN });
      await this.tell(manager, NotificationKind.WITHDRAWN, cohort, current);
      if (current.status === EnrollmentStatus.ENROLLED) await this.seatFromWaitlist(manager, cohort.id, 1);
      return manager.findOneByOrFail(EnrollmentEntity, { id });
    });
  }

  /** Seats up to `seats` waitlisted trainees, first come first served (the cohort row is locked by the caller). */
  private async seatFromWaitlist(manager: EntityManager, cohortId: string, seats: number): Promise<void> {
    const [promoted] = await manager.query<[Pick<EnrollmentEntity, 'id' | 'traineeId'>[], number]>(
      `UPDATE enrollment SET status = $2, seated_at = $5 WHERE id IN (
         SELECT id FROM enrollment WHERE cohort_id = $1 AND status = $3 ORDER BY requested_at, id LIMIT $4)
       RETURNING id, trainee_id AS "traineeId"`,
      [cohortId, EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED, seats, this.clock.now()],
    );
    if (promoted.length === 0) return;
    const cohort = await manager.findOneByOrFail(CohortEntity, { id: cohortId });
    for (const enrollment of promoted) await this.tell(manager, NotificationKind.PROMOTED, cohort, enrollment);
  }

  /** Tells the trainee what happened to their place, in the same transaction. */
  private tell(
    manager: EntityManager,
    kind: NotificationKind.ENROLLED | NotificationKind.WAITLISTED | NotificationKind.PROMOTED | NotificationKind.WITHDRAWN,
    cohort: CohortEntity,
    enrollment: Pick<EnrollmentEntity, 'id' | 'traineeId'>,
  ): Promise<void> {
    return this.notifier.notify(
      manager,
      { kind, params: { cohortId: cohort.id, cohortName: cohort.name, startsOn: cohort.startsOn } },
      [enrollment.traineeId],
      { topic: `enrollment:${enrollment.id}` },
    );
  }

  private lockCohort(manager: EntityManager, id: string): Promise<CohortEntity> {
    return manager.findOneOrFail(CohortEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  enrolledCount(cohortId: string): Promise<number> {
    return this.dataSource.getRepository(EnrollmentEntity).countBy({ cohortId, status: EnrollmentStatus.ENROLLED });
  }

  enrollmentOf(cohortId: string, traineeId: string): Promise<EnrollmentEntity | null> {
    return this.dataSource.getRepository(EnrollmentEntity).findOneBy({ cohortId, traineeId });
  }

  enrollmentsByIds(ids: readonly string[]): Promise<(EnrollmentEntity | undefined)[]> {
    return rowsByIds(this.dataSource.getRepository(EnrollmentEntity), ids);
  }

  /** Every enrollment of a cohort with the trainee's name and email, by name (for reports). */
  rosterOf(cohortId: string): Promise<{ id: string; traineeId: string; status: EnrollmentStatus; fullName: string; email: string }[]> {
    return this.dataSource.query(
      `SELECT e.id, e.trainee_id AS "traineeId", e.status, u.full_name AS "fullName", u.email FROM enrollment e JOIN "user" u ON u.id = e.trainee_id
        WHERE e.cohort_id = $1 ORDER BY u.full_name, u.email`,
      [cohortId],
    );
  }

  /** Is this user ENROLLED in the cohort right now? */
  isEnrolled(cohortId: string, traineeId: string): Promise<boolean> {
    return this.dataSource.getRepository(EnrollmentEntity).existsBy({ cohortId, traineeId, status: EnrollmentStatus.ENROLLED });
  }

  /** Is this mentor assigned to the cohort? */
  isMentorOf(cohortId: string, mentorId: string): Promise<boolean> {
    return this.dataSource.getRepository(CohortMentorEntity).existsBy({ cohortId, mentorId });
  }

  /**
   * A trainee's enrollments the actor may see on the person's page: their own, all for an admin,
   * those in the hubs a coordinator manages; newest first.
   */
  enrollmentsOfTrainee(actor: AuthUser, traineeId: string, first: number): Promise<EnrollmentEntity[]> {
    const query = this.dataSource
      .getRepository(EnrollmentEntity)
      .createQueryBuilder('e')
      .innerJoin(CohortEntity, 'c', 'c.id = e.cohort_id')
      .where('e.trainee_id = :traineeId', { traineeId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id');
    if (actor.id !== traineeId && actor.role !== Role.ADMIN) {
      const managed = actor.role === Role.COORDINATOR ? actor.hubIds : [];
      query.andWhere('c.hub_id = ANY(:managed)', { managed });
    }
    // One cohort per enrollment: a plain LIMIT (TypeORM's take() adds a statement for the ids first).
    return preparedPlainRows<EnrollmentEntity>(this.dataSource.manager, query, { first, offset: 0 });
  }

  /** The caller's own enrollments, newest cohort first. */
  myEnrollments(user: AuthUser, window: ListWindow, statuses?: EnrollmentStatus[]): Promise<EnrollmentEntity[]> {
    const query = this.dataSource
      .getRepository(EnrollmentEntity)
      .createQueryBuilder('e')
      .where('e.trainee_id = :traineeId', { traineeId: user.id })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id');
    if (statuses) query.andWhere('e.status = ANY(:statuses)', { statuses });
    return preparedPlainRows<EnrollmentEntity>(this.dataSource.manager, query, window);
  }

  // Batch loaders (DataLoader shape: results in the order of the keys).

  /**
   * Batch loader: the cohorts the caller may see (as getCohort decides), undefined for the others.
   * An admin's or a coordinator's sight follows the cohort's hub alone, so their cohorts come from
   * the rows (remembered ones too, see cohortsByIds); a mentor's and a trainee's need the statement.
   */
  async visibleCohortsByIds(user: AuthUser, ids: readonly string[], remembered = false): Promise<(CohortEntity | undefined)[]> {
    if (user.role === Role.ADMIN || user.role === Role.COORDINATOR)
      return (await this.cohortsByIds(ids, remembered)).map((cohort) => (cohort && belongsToHub(user, cohort.hubId) ? cohort : undefined));
    return oneByKey(
      ids,
      await preparedPlainRows<CohortEntity>(this.dataSource.manager, this.visible(user).andWhere('c.id = ANY(:ids)', { ids: [...ids] })),
      (cohort) => cohort.id,
    );
  }

  /** Batch loader: which of these trainees are enrolled (any status) in a cohort the mentor mentors. */
  async menteesOf(mentorId: string, traineeIds: readonly string[]): Promise<boolean[]> {
    const rows = await this.dataSource.query<{ trainee_id: string }[]>(
      `SELECT DISTINCT e.trainee_id FROM enrollment e JOIN cohort_mentor cm ON cm.cohort_id = e.cohort_id
        WHERE cm.mentor_id = $1 AND e.trainee_id = ANY($2::uuid[])`,
      [mentorId, [...traineeIds]],
    );
    const mentees = new Set(rows.map((row) => row.trainee_id));
    return traineeIds.map((id) => mentees.has(id));
  }

  /**
   * Batch loader: cohorts by id, undefined where missing. `remembered` lets rows kept between
   * requests answer (frozen): not in a mutation, which reads afresh what it may have just changed.
   */
  cohortsByIds(ids: readonly string[], remembered = false): Promise<(CohortEntity | undefined)[]> {
    const read = (some: readonly string[]) => rowsByIds(this.dataSource.getRepository(CohortEntity), some);
    if (!remembered) return read(ids);
    return this.rememberedRows.getMany(ids, async (missing) => {
      const found = (await read(missing)).filter((cohort) => cohort !== undefined);
      return new Map(found.map((cohort) => [cohort.id, Object.freeze(cohort)]));
    });
  }

  async mentorIdsByCohortIds(ids: readonly string[]): Promise<string[][]> {
    const mentors = await rowsByParentIds(this.dataSource.getRepository(CohortMentorEntity), 'cohortId', ids, { assignedAt: 'ASC' });
    return mentors.map((rows) => rows.map((row) => row.mentorId));
  }

  enrollmentPages(keys: readonly EnrollmentPageKey[]): Promise<EnrollmentPage[]> {
    return loadEnrollmentPages(this.dataSource, keys);
  }
}
