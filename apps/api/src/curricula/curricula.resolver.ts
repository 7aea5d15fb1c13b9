import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthUser, Role, Roles } from '@sanggar/core';
import { CohortsService } from '@sanggar/cohorts';
import { CURRICULUM_LIMITS, CurriculaService } from '@sanggar/curricula';
import { HubErrors } from '@sanggar/hubs';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { FirstOf, PageArgs, firstOf } from '../graphql/lists.js';
import { HubType, toHubType } from '../hubs/hub.type.js';
import { AddAssignmentInput, AddLessonInput, AddModuleInput, CreateCurriculumInput } from './curricula.inputs.js';
import {
  AssignmentType,
  CurriculumModuleType,
  CurriculumType,
  LessonType,
  RubricCriterionType,
  toAssignmentType,
  toCriterionType,
  toCurriculumType,
  toLessonType,
  toModuleType,
} from './curriculum.type.js';

const MANAGERS = [Role.ADMIN, Role.COORDINATOR];

@Resolver(() => CurriculumType)
class CurriculumResolver {
  constructor(
    private readonly curriculaService: CurriculaService,
    private readonly cohorts: CohortsService,
  ) {}

  @Query(() => CurriculumType)
  async curriculum(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CurriculumType> {
    return toCurriculumType(await this.curriculaService.getCurriculum(caller, id));
  }

  @Query(() => LessonType, { description: 'A lesson of the cohort’s curriculum, for whoever may see the cohort' })
  async lesson(
    @CurrentUser() caller: AuthUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<LessonType> {
    const cohort = await this.cohorts.getCohort(caller, cohortId);
    return toLessonType(await this.curriculaService.lessonOf(cohort.curriculumId, id));
  }

  @Query(() => AssignmentType, { description: 'An assignment of the cohort’s curriculum, for whoever may see the cohort' })
  async assignment(
    @CurrentUser() caller: AuthUser,
    @Args('cohortId', { type: () => ID }) cohortId: string,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AssignmentType> {
    const cohort = await this.cohorts.getCohort(caller, cohortId);
    return toAssignmentType(await this.curriculaService.assignmentOf(cohort.curriculumId, id));
  }

  @Query(() => [CurriculumType], { description: 'Coordinators see drafts too; mentors and trainees of the hub see published versions' })
  async curricula(
    @CurrentUser() caller: AuthUser,
    @Args('hubId', { type: () => ID }) hubId: string,
    @Args() page: PageArgs,
  ): Promise<CurriculumType[]> {
    return (await this.curriculaService.listCurricula(caller, hubId, page)).map(toCurriculumType);
  }

  @Roles(...MANAGERS)
  @Mutation(() => CurriculumType)
  async createCurriculum(@CurrentUser() caller: AuthUser, @Args('input') input: CreateCurriculumInput): Promise<CurriculumType> {
    return toCurriculumType(await this.curriculaService.createCurriculum(caller, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CurriculumType, { description: 'Only a DRAFT with at least one module and one assignment' })
  async publishCurriculum(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CurriculumType> {
    return toCurriculumType(await this.curriculaService.publishCurriculum(caller, id));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CurriculumType, { description: 'New DRAFT copy with version + 1; the published one stays untouched' })
  async reviseCurriculum(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<CurriculumType> {
    return toCurriculumType(await this.curriculaService.reviseCurriculum(caller, id));
  }

  @ResolveField(() => [CurriculumModuleType], { description: 'ordered by position' })
  async modules(
    @Parent() curriculum: CurriculumType,
    @Context() { loaders }: GqlContext,
    @FirstOf(CURRICULUM_LIMITS.modules) first: number,
  ): Promise<CurriculumModuleType[]> {
    return firstOf(await loaders.modulesByCurriculumId.load(curriculum.id), first).map(toModuleType);
  }

  @ResolveField(() => HubType)
  async hub(@Parent() curriculum: CurriculumType, @Context() { loaders }: GqlContext): Promise<HubType> {
    const hub = await loaders.hubById.load(curriculum.hubId);
    if (!hub) throw HubErrors.hubNotFound();
    return toHubType(hub);
  }
}

@Resolver(() => CurriculumModuleType)
class CurriculumModuleResolver {
  constructor(private readonly curricula: CurriculaService) {}

  @Roles(...MANAGERS)
  @Mutation(() => CurriculumModuleType)
  async addModule(@CurrentUser() caller: AuthUser, @Args('input') input: AddModuleInput): Promise<CurriculumModuleType> {
    return toModuleType(await this.curricula.addModule(caller, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => LessonType)
  async addLesson(@CurrentUser() caller: AuthUser, @Args('input') input: AddLessonInput): Promise<LessonType> {
    return toLessonType(await this.curricula.addLesson(caller, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => AssignmentType)
  async addAssignment(@CurrentUser() caller: AuthUser, @Args('input') input: AddAssignmentInput): Promise<AssignmentType> {
    return toAssignmentType(await this.curricula.addAssignment(caller, input));
  }

  @ResolveField(() => [LessonType], { description: 'ordered by position' })
  async lessons(
    @Parent() module: CurriculumModuleType,
    @Context() { loaders }: GqlContext,
    @FirstOf(CURRICULUM_LIMITS.lessonsPerModule) first: number,
  ): Promise<LessonType[]> {
    return firstOf(await loaders.lessonsByModuleId.load(module.id), first).map(toLessonType);
  }

  @ResolveField(() => [AssignmentType], { description: 'ordered by position' })
  async assignments(
    @Parent() module: CurriculumModuleType,
    @Context() { loaders }: GqlContext,
    @FirstOf(CURRICULUM_LIMITS.assignmentsPerModule) first: number,
  ): Promise<AssignmentType[]> {
    return firstOf(await loaders.assignmentsByModuleId.load(module.id), first).map(toAssignmentType);
  }
}

@Resolver(() => AssignmentType)
class AssignmentResolver {
  @ResolveField(() => [RubricCriterionType], { description: 'ordered by position' })
  async rubric(
    @Parent() assignment: AssignmentType,
    @Context() { loaders }: GqlContext,
    @FirstOf(CURRICULUM_LIMITS.criteriaPerRubric) first: number,
  ): Promise<RubricCriterionType[]> {
    return firstOf(await loaders.criteriaByAssignmentId.load(assignment.id), first).map(toCriterionType);
  }
}

export const curriculaResolvers = [CurriculumResolver, CurriculumModuleResolver, AssignmentResolver];
