import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthUser, Role, Roles, requireHubManager } from '@sanggar/core';
import { CohortsService } from '@sanggar/cohorts';
import { CURRICULUM_LIMITS, CurriculaService, CurriculumItem } from '@sanggar/curricula';
import { HubErrors } from '@sanggar/hubs';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { RowField, RowList } from '../graphql/row-fields.js';
import { FirstOf, capped, PageArgs, firstOf } from '../graphql/lists.js';
import { HubType, toHubType } from '../hubs/hub.type.js';
import {
  AddAssignmentInput,
  AddLessonInput,
  AddModuleInput,
  CreateCurriculumInput,
  UpdateAssignmentInput,
  UpdateCurriculumInput,
  UpdateLessonInput,
  UpdateModuleInput,
} from './curricula.inputs.js';
import {
  AssignmentType,
  CurriculumChangeType,
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
/** Every item of the largest curriculum, added in a revision and every item of the one before removed, plus its details. */
const CHANGES_CAP = 1 + 2 * CURRICULUM_LIMITS.modules * (1 + CURRICULUM_LIMITS.lessonsPerModule + CURRICULUM_LIMITS.assignmentsPerModule);

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
  @Mutation(() => CurriculumType, { description: 'A DRAFT’s title, description or completion rule' })
  async updateCurriculum(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCurriculumInput,
  ): Promise<CurriculumType> {
    return toCurriculumType(await this.curriculaService.updateCurriculum(caller, id, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CurriculumType, {
    description: 'Removes a module (with its lessons and assignments), a lesson or an assignment of a DRAFT',
  })
  async removeCurriculumItem(
    @CurrentUser() caller: AuthUser,
    @Args('item', { type: () => CurriculumItem }) item: CurriculumItem,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CurriculumType> {
    return toCurriculumType(await this.curriculaService.removeItem(caller, item, id));
  }

  @Roles(...MANAGERS)
  @Mutation(() => CurriculumType, {
    description: 'Puts an item of a DRAFT at a position among its siblings (1 = first; past the end = last)',
  })
  async moveCurriculumItem(
    @CurrentUser() caller: AuthUser,
    @Args('item', { type: () => CurriculumItem }) item: CurriculumItem,
    @Args('id', { type: () => ID }) id: string,
    @Args('position', { type: () => Int }) position: number,
  ): Promise<CurriculumType> {
    return toCurriculumType(await this.curriculaService.moveItem(caller, item, id, position));
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

  @RowList(() => [CurriculumModuleType], capped(CURRICULUM_LIMITS.modules), { description: 'ordered by position' })
  async modules(this: void, curriculum: CurriculumType, { loaders }: GqlContext, first: number): Promise<CurriculumModuleType[]> {
    return firstOf(await loaders.modulesByCurriculumId.load(curriculum.id), first).map(toModuleType);
  }

  @ResolveField(() => [CurriculumChangeType], {
    description: 'What this version changed since the previous one (empty for version 1); for the hub’s coordinators',
  })
  async changesSincePrevious(
    @CurrentUser() caller: AuthUser,
    @Parent() curriculum: CurriculumType,
    @FirstOf(CHANGES_CAP) first: number,
  ): Promise<CurriculumChangeType[]> {
    const entity = await this.curriculaService.getCurriculum(caller, curriculum.id);
    requireHubManager(caller, entity.hubId);
    return firstOf(await this.curriculaService.changesSincePrevious(entity), first);
  }

  @ResolveField('lesson', () => LessonType, { description: 'One lesson of this version, with its content (for its editor)' })
  async lessonOfVersion(@Parent() curriculum: CurriculumType, @Args('id', { type: () => ID }) id: string): Promise<LessonType> {
    return toLessonType(await this.curriculaService.lessonOf(curriculum.id, id));
  }

  @ResolveField('assignment', () => AssignmentType, { description: 'One assignment of this version, with its rubric (for its editor)' })
  async assignmentOfVersion(@Parent() curriculum: CurriculumType, @Args('id', { type: () => ID }) id: string): Promise<AssignmentType> {
    return toAssignmentType(await this.curriculaService.assignmentOf(curriculum.id, id));
  }

  @RowField(() => HubType)
  async hub(this: void, curriculum: CurriculumType, { loaders }: GqlContext): Promise<HubType> {
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
  @Mutation(() => CurriculumModuleType)
  async updateModule(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateModuleInput,
  ): Promise<CurriculumModuleType> {
    return toModuleType(await this.curricula.updateModule(caller, id, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => LessonType)
  async updateLesson(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateLessonInput,
  ): Promise<LessonType> {
    return toLessonType(await this.curricula.updateLesson(caller, id, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => AssignmentType)
  async updateAssignment(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAssignmentInput,
  ): Promise<AssignmentType> {
    return toAssignmentType(await this.curricula.updateAssignment(caller, id, input));
  }

  @Roles(...MANAGERS)
  @Mutation(() => AssignmentType)
  async addAssignment(@CurrentUser() caller: AuthUser, @Args('input') input: AddAssignmentInput): Promise<AssignmentType> {
    return toAssignmentType(await this.curricula.addAssignment(caller, input));
  }

  @RowList(() => [LessonType], capped(CURRICULUM_LIMITS.lessonsPerModule), { description: 'ordered by position' })
  async lessons(this: void, module: CurriculumModuleType, { loaders }: GqlContext, first: number): Promise<LessonType[]> {
    return firstOf(await loaders.lessonsByModuleId.load(module.id), first).map(toLessonType);
  }

  @RowList(() => [AssignmentType], capped(CURRICULUM_LIMITS.assignmentsPerModule), { description: 'ordered by position' })
  async assignments(this: void, module: CurriculumModuleType, { loaders }: GqlContext, first: number): Promise<AssignmentType[]> {
    return firstOf(await loaders.assignmentsByModuleId.load(module.id), first).map(toAssignmentType);
  }
}

@Resolver(() => AssignmentType)
class AssignmentResolver {
  @RowList(() => [RubricCriterionType], capped(CURRICULUM_LIMITS.criteriaPerRubric), { description: 'ordered by position' })
  async rubric(this: void, assignment: AssignmentType, { loaders }: GqlContext, first: number): Promise<RubricCriterionType[]> {
    return firstOf(await loaders.criteriaByAssignmentId.load(assignment.id), first).map(toCriterionType);
  }
}

export const curriculaResolvers = [CurriculumResolver, CurriculumModuleResolver, AssignmentResolver];
