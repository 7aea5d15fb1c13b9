import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  CohortErrors,
  CohortOrder,
  CohortStatus,
  CohortsService,
  EnrollmentStatus,
  MAX_MENTORS_PER_COHORT,
  rosterScope,
  validatePageSize,
} from '@sanggar/cohorts';
import { type AuthUser, Role, Roles, forbidden } from '@sanggar/core';
import { CurriculaErrors } from '@sanggar/curricula';
import { HubErrors } from '@sanggar/hubs';
import { CohortCancellation, SchedulingService } from '@sanggar/scheduling';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { DownloadLinks } from '../http/download-links.js';
import { reportPath } from '../http/progress-report.controller.js';
import { type CallerContext, type GqlContext, userTypeById, loadUsers, visibleCohort, zoneOfCohort } from '../graphql/context.js';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';
import { capped, FirstUpTo, MaxItems, PageArgs, firstOf } from '../graphql/lists.js';
import { RowField, RowList } from '../graphql/row-fields.js';
import { selectedFields, selectedFieldsOf } from '../graphql/selection.js';
import { CurriculumType, toCurriculumType } from '../curricula/curriculum.type.js';
import { HubType, toHubType } from '../hubs/hub.type.js';
import { UserType, toUserType } from '../identity/user.type.js';
import {
  CohortType,
  EnrollmentConnectionType,
  EnrollmentOutcomeType,
  EnrollmentPageEdge,
  EnrollmentType,
  toCohortType,
  toEnrollmentType,
} from './cohort.type.js';
import { CreateCohortInput, EnrollInput, EnrollManyInput, MAX_ENROLL_AT_ONCE, UpdateCohortInput } from './cohorts.inputs.js';

const MANAGERS = [Role.ADMIN, Role.COORDINATOR];

export enum ReportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(ReportFormat, { name: 'ReportFormat' });
registerEnumType(CohortOrder, {
  name: 'CohortOrder',
  description: 'By start date: the latest first (a history), or the soonest first (what comes next)',
});
const DEFAULT_PAGE_SIZE = 50;
/** A person's enrollments on their page: years of cohorts at a hub. */
const PERSON_ENROLLMENTS = { default: 50, max: 200 };

@Resolver(() => CohortType)
class CohortResolver {
  constructor(
    private readonly cohortsService: CohortsService,
    private readonly cancellation: CohortCancellation,
    private readonly scheduling: SchedulingService,
    private readonly links: DownloadLinks,
  ) {}

  @Query(() => CohortType)
  async cohort(@Context() { loaders }: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<CohortType> {
    return toCohortType(await visibleCohort(loaders, id));
  }

  @Query(() => [CohortType], { description: 'The hub’s cohorts the caller may see' })
  async cohorts(
    @CurrentUser() caller: AuthUser,
    @Args('hubId', { type: () => ID }) hubId: string,
    @Args() page: PageArgs,
    @Args('status', { type: () => CohortStatus, nullable: true }) status?: CohortStatus,
    @Args('order', { type: () => CohortOrder, defaultValue: CohortOrder.STARTS_LATEST }) order = CohortOrder.STARTS_LATEST,
  ): Promise<CohortType[]> {
    return (await this.cohortsService.listCohorts(caller, hubId, status, page, order)).map(toCohortType);
  }

  @Roles(...MANAGERS)
  @Mutation(() => CohortType, { description: 'The curriculum must be a PUBLISHED version of the same hub' })
  async createCohort(@CurrentUser() caller: AuthUser, @Args('input') input: CreateCohortInput): Promise<CohortType> {
    return toCohortType(await this.cohortsService.createCohort(caller, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CohortType, { description: 'Idempotent' })
  async assignMentor(
    @CurrentUser() caller: AuthUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('mentorId', { type: () => ID }) mentorId: string,
  ): Promise<CohortType> {
    return toCohortType(await this.cohortsService.assignMentor(caller, cohortId, mentorId));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CohortType, {
    description: 'Name, dates or capacity of a PLANNED or RUNNING cohort; a higher capacity seats the waitlist in order',
  })
  async updateCohort(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCohortInput,
  ): Promise<CohortType> {
    return toCohortType(await this.cohortsService.updateCohort(caller, id, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CohortType, { description: 'CONFLICT while the mentor leads sessions of the cohort still to come' })
  async unassignMentor(
    @CurrentUser() caller: AuthUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('mentorId', { type: () => ID }) mentorId: string,
  ): Promise<CohortType> {
    await this.cohortsService.managedCohort(caller, cohortId);
    const leading = await this.scheduling.upcomingLedBy(cohortId, mentorId);
    if (leading > 0) throw CohortErrors.mentorLeadsSessions(leading);
    return toCohortType(await this.cohortsService.unassignMentor(caller, cohortId, mentorId));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CohortType, { description: 'PLANNED -> RUNNING' })
  async startCohort(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CohortType> {
    return toCohortType(await this.cohortsService.startCohort(caller, id));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CohortType, { description: 'PLANNED or RUNNING -> CANCELLED; its sessions still to come are cancelled too' })
  async cancelCohort(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CohortType> {
    return toCohortType(await this.cancellation.cancel(caller, id));
  }

  @ResolveField(() => String, {
    description:
      'A link that downloads the progress report for five minutes, no login needed (a browser download); for coordinators and the cohort’s mentors',
  })
  async progressReportUrl(
    @Parent() cohort: CohortType,
    @CurrentUser() caller: AuthUser,
    @Args('format', { type: () => ReportFormat, defaultValue: ReportFormat.XLSX }) format: ReportFormat,
  ): Promise<string> {
    if (caller.role === Role.TRAINEE) throw forbidden();
    await this.cohortsService.getCohort(caller, cohort.id);
    return this.links.link(caller, reportPath(cohort.id, format === ReportFormat.CSV ? 'csv' : 'xlsx'));
  }

  @RowField(() => HubType)
  async hub(this: void, cohort: CohortType, { loaders }: GqlContext): Promise<HubType> {
    const hub = await loaders.hubById.load(cohort.hubId);
    if (!hub) throw HubErrors.hubNotFound();
    return toHubType(hub);
  }

  @RowField(() => CurriculumType, { description: 'a PUBLISHED version, pinned at creation' })
  async curriculum(this: void, cohort: CohortType, { loaders }: GqlContext): Promise<CurriculumType> {
    const curriculum = await loaders.curriculumById.load(cohort.curriculumId);
    if (!curriculum) throw CurriculaErrors.curriculumNotFound();
    return toCurriculumType(curriculum);
  }

  @RowList(() => [UserType], capped(MAX_MENTORS_PER_COHORT))
  async mentors(this: void, cohort: CohortType, { loaders }: GqlContext, first: number): Promise<UserType[]> {
    return (await loadUsers(loaders, firstOf(await loaders.mentorIdsByCohortId.load(cohort.id), first))).map(toUserType);
  }

  @RowField(() => EnrollmentConnectionType, {
    description: 'Managers and the cohort’s mentors see everyone; a trainee sees only themself',
    args: {
      first: { type: () => Int, nullable: true, defaultValue: DEFAULT_PAGE_SIZE },
      after: { type: () => String, nullable: true },
      status: { type: () => EnrollmentStatus, nullable: true },
    },
  })
  async enrollments(
    this: void,
    cohort: CohortType,
    { loaders, user }: CallerContext,
    _first: unknown,
    info: GraphQLResolveInfo,
    { first, after, status }: { first: number | null; after?: string | null; status?: EnrollmentStatus | null },
  ): Promise<EnrollmentConnectionType> {
    const size = first ?? DEFAULT_PAGE_SIZE;
    validatePageSize(size);
    const asked = selectedFields(info);
    const page = await loaders.enrollmentPage.load({
      cohortId: cohort.id,
      first: size,
      after: after ?? undefined,
      status: status ?? undefined,
      traineeId: rosterScope(user),
      countOnly: !asked.has('edges') && !asked.has('pageInfo'),
      withTrainees: selectedFieldsOf(info, 'edges', 'node').has('trainee'),
    });
    return {
      edges: page.rows.map((row) => new EnrollmentPageEdge(row)),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }
}

@Resolver(() => EnrollmentType)
class EnrollmentResolver {
  constructor(private readonly cohorts: CohortsService) {}

  @RowField(() => DateTimeScalar, {
    name: 'seatedAt',
    nullable: true,
    description:
      'When the trainee got their seat (enrolled or promoted from the waitlist); sessions before it count only where attendance was entered',
  })
  async seatedAtInZone(this: void, enrollment: EnrollmentType, { loaders }: GqlContext): Promise<string | null> {
    return enrollment.seatedAt && inZone(enrollment.seatedAt, await zoneOfCohort(loaders, enrollment.cohortId));
  }

  @Query(() => [EnrollmentType], { description: 'Newest first' })
  async myEnrollments(
    @CurrentUser() caller: AuthUser,
    @Args() page: PageArgs,
    @Args('status', { type: () => [EnrollmentStatus], nullable: true, description: 'Only these (e.g. leave out WITHDRAWN)' })
    status?: EnrollmentStatus[] | null,
  ): Promise<EnrollmentType[]> {
    return (await this.cohorts.myEnrollments(caller, page, status ?? undefined)).map(toEnrollmentType);
  }

  @Roles(...MANAGERS)
  @Mutation(() => EnrollmentType, { description: 'WAITLISTED when the cohort is full' })
  async enrollTrainee(@CurrentUser() caller: AuthUser, @Args('input') input: EnrollInput): Promise<EnrollmentType> {
    return toEnrollmentType(await this.cohorts.enrollTrainee(caller, input));
  }

  @Roles(...MANAGERS)
  @MaxItems(2 * MAX_ENROLL_AT_ONCE)
  @Mutation(() => [EnrollmentOutcomeType], { description: 'Many at once, by id and/or email: what happened to each, in the order given' })
  async enrollMany(@CurrentUser() caller: AuthUser, @Args('input') input: EnrollManyInput): Promise<EnrollmentOutcomeType[]> {
    const outcomes = await this.cohorts.enrollMany(caller, input.cohortId, {
      traineeIds: input.traineeIds ?? [],
      emails: input.emails ?? [],
    });
    return outcomes.map((result) => ({ ...result, enrollment: result.enrollment && toEnrollmentType(result.enrollment) }));
  }

  @Mutation(() => EnrollmentType, {
    description: 'By the hub’s coordinator or the trainee; frees a seat and promotes the oldest WAITLISTED',
  })
  async withdrawEnrollment(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<EnrollmentType> {
    return toEnrollmentType(await this.cohorts.withdrawEnrollment(caller, id));
  }

  @RowField(() => CohortType, { description: 'NOT_FOUND when the caller may no longer see it (e.g. after withdrawing)' })
  async cohort(this: void, enrollment: EnrollmentType, { loaders }: GqlContext): Promise<CohortType> {
    const cohort = await loaders.visibleCohortById.load(enrollment.cohortId);
    if (!cohort) throw CohortErrors.cohortNotFound();
    return toCohortType(cohort);
  }

  @RowField(() => UserType)
  async trainee(this: void, enrollment: EnrollmentType, { loaders }: GqlContext): Promise<UserType> {
    return userTypeById(loaders, enrollment.traineeId);
  }
}

/** A person's enrollments, on their page: for them, admins and the coordinators of the cohorts' hubs. */
@Resolver(() => UserType)
class PersonEnrollmentsResolver {
  constructor(private readonly cohorts: CohortsService) {}

  @ResolveField(() => [EnrollmentType], {
    description: 'Newest first; those in cohorts the caller coordinates (all for admins and the person)',
  })
  async enrollments(
    @Parent() user: UserType,
    @CurrentUser() caller: AuthUser,
    @FirstUpTo(PERSON_ENROLLMENTS) first: number,
  ): Promise<EnrollmentType[]> {
    if (caller.role === Role.MENTOR || (caller.role === Role.TRAINEE && caller.id !== user.id)) return [];
    return (await this.cohorts.enrollmentsOfTrainee(caller, user.id, first)).map(toEnrollmentType);
  }
}

export const cohortResolvers = [CohortResolver, EnrollmentResolver, PersonEnrollmentsResolver];
