import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { type AuthUser, type ListWindow, givenFields, belongsToHub, canManageHub, requireHubManager } from '@sanggar/core';
import {
  PgError,
  childIdsInOrder,
  pgCode,
  pgConstraint,
  positionAfterLast,
  preparedPlainRows,
  renumberChildren,
  rowsByIds,
  rowsByParentIds,
} from '@sanggar/database';
import { HubsService } from '@sanggar/hubs';
import { AssignmentEntity, RubricCriterionEntity, type RubricLevel } from './assignment.entity.js';
import { CurriculaErrors } from './curricula.errors.js';
import { CurriculumModuleEntity } from './curriculum-module.entity.js';
import { CurriculumEntity, CurriculumStatus } from './curriculum.entity.js';
import { type CurriculumChange, type CurriculumSnapshot, diffCurricula } from './curriculum-diff.js';
import { LessonEntity } from './lesson.entity.js';

/** The most items a curriculum's lists hold (Curriculum.modules, CurriculumModule.lessons…). */
export const CURRICULUM_LIMITS = {
  modules: 30,
  lessonsPerModule: 50,
  assignmentsPerModule: 10,
  criteriaPerRubric: 20,
  levelsPerCriterion: 6,
} as const;

/** What a trainee must reach to complete a curriculum (its certificate). */
export interface CompletionRule {
  minAttendanceRate: number;
  minFinalScore: number;
  requireAllAssignments: boolean;
}

export interface CreateCurriculum {
  hubId: string;
  title: string;
  description?: string | null;
  completionRule: CompletionRule;
}

export interface AddLesson {
  moduleId: string;
  title: string;
  content: string;
  videoUrl?: string | null;
  durationMinutes?: number | null;
}

export interface CurriculumPatch {
  title?: string;
  description?: string | null;
  completionRule?: CompletionRule;
}

export type LessonPatch = Partial<Omit<AddLesson, 'moduleId'>>;

/** A new rubric replaces the whole one (criteria in the order given). */
export type AssignmentPatch = Partial<Omit<AddAssignment, 'moduleId'>>;

/** The ordered items of a curriculum that can be edited, removed and moved. */
export enum CurriculumItem {
  MODULE = 'MODULE',
  LESSON = 'LESSON',
  ASSIGNMENT = 'ASSIGNMENT',
}

/** Where each kind of item lives, and how to find its curriculum and parent (module or curriculum) by its id. */
const ITEM_TABLES = {
  [CurriculumItem.MODULE]: {
    entity: CurriculumModuleEntity,
    table: 'curriculum_module',
    parentColumn: 'curriculum_id',
    locate: `SELECT curriculum_id AS "curriculumId", curriculum_id AS "parentId" FROM curriculum_module WHERE id = $1`,
  },
  [CurriculumItem.LESSON]: {
    entity: LessonEntity,
    table: 'lesson',
    parentColumn: 'module_id',
    locate: `SELECT m.curriculum_id AS "curriculumId", m.id AS "parentId" FROM lesson i JOIN curriculum_module m ON m.id = i.module_id WHERE i.id = $1`,
  },
  [CurriculumItem.ASSIGNMENT]: {
    entity: AssignmentEntity,
    table: 'assignment',
    parentColumn: 'module_id',
    locate: `SELECT m.curriculum_id AS "curriculumId", m.id AS "parentId" FROM assignment i JOIN curriculum_module m ON m.id = i.module_id WHERE i.id = $1`,
  },
} as const;

const ITEM_NOT_FOUND = {
  [CurriculumItem.MODULE]: CurriculaErrors.moduleNotFound,
  [CurriculumItem.LESSON]: CurriculaErrors.lessonNotFound,
  [CurriculumItem.ASSIGNMENT]: CurriculaErrors.assignmentNotFound,
};

/** Sets the given fields of one row (none given: nothing to write). */
async function patchRow<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  values: object,
): Promise<void> {
  if (Object.keys(values).length > 0) await manager.update(entity, { id }, values);
}

export interface AddAssignment {
  moduleId: string;
  title: string;
  instructions?: string | null;
  weight: number;
  passingScore: number;
  rubric: { title: string; maxPoints: number; levels?: { title: string; points: number; description?: string | null }[] | null }[];
}

/** A criterion's levels as stored: lowest first, each within the criterion's points and scoring differently. */
function checkedLevels(criterion: AddAssignment['rubric'][number], index: number): RubricLevel[] {
  const levels = [...(criterion.levels ?? [])]
    .map((level) => ({ title: level.title, points: level.points, description: level.description?.trim() || null }))
    .sort((a, b) => a.points - b.points);
  const tooHigh = (criterion.levels ?? []).findIndex((level) => level.points > criterion.maxPoints);
  if (tooHigh >= 0) throw CurriculaErrors.levelAboveMax(index, tooHigh, criterion.maxPoints);
  if (new Set(levels.map((level) => level.points)).size !== levels.length) throw CurriculaErrors.levelsSharePoints(index);
  return levels;
}

@Injectable()
export class CurriculaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hubs: HubsService,
  ) {}

  async createCurriculum(user: AuthUser, input: CreateCurriculum): Promise<CurriculumEntity> {
    await this.hubs.getHub(input.hubId);
    requireHubManager(user, input.hubId);
    const id = randomUUID();
    return this.dataSource.getRepository(CurriculumEntity).save({
      id,
      lineageId: id,
      version: 1,
      hubId: input.hubId,
      title: input.title,
      description: input.description ?? null,
      status: CurriculumStatus.DRAFT,
      publishedAt: null,
      ...input.completionRule,
    });
  }

  /** A curriculum the caller may see: managers see drafts too; other members of the hub only published ones. */
  async getCurriculum(user: AuthUser, id: string): Promise<CurriculumEntity> {
    const curriculum = await this.dataSource.getRepository(CurriculumEntity).findOneBy({ id });
    if (!curriculum || !this.canRead(user, curriculum)) throw CurriculaErrors.curriculumNotFound();
    return curriculum;
  }

  /** A lesson of this curriculum (whoever may see the curriculum may read its lessons); NOT_FOUND otherwise. */
  async lessonOf(curriculumId: string, lessonId: string): Promise<LessonEntity> {
    const lesson = await this.dataSource
      .getRepository(LessonEntity)
      .createQueryBuilder('l')
      .innerJoin(CurriculumModuleEntity, 'm', 'm.id = l.module_id AND m.curriculum_id = :curriculumId', { curriculumId })
      .where('l.id = :lessonId', { lessonId })
      .getOne();
    if (!lesson) throw CurriculaErrors.lessonNotFound();
    return lesson;
  }

  /** An assignment of this curriculum; NOT_FOUND otherwise. */
  async assignmentOf(curriculumId: string, assignmentId: string): Promise<AssignmentEntity> {
    const assignment = await this.dataSource
      .getRepository(AssignmentEntity)
      .createQueryBuilder('a')
      .innerJoin(CurriculumModuleEntity, 'm', 'm.id = a.module_id AND m.curriculum_id = :curriculumId', { curriculumId })
      .where('a.id = :assignmentId', { assignmentId })
      .getOne();
    if (!assignment) throw CurriculaErrors.assignmentNotFound();
    return assignment;
  }

  async listCurricula(user: AuthUser, hubId: string, window: ListWindow): Promise<CurriculumEntity[]> {
    if (!belongsToHub(user, hubId)) return [];
    const query = this.dataSource
      .getRepository(CurriculumEntity)
      .createQueryBuilder('c')
      .where('c.hub_id = :hubId', { hubId })
      .orderBy('c.title')
      .addOrderBy('c.version', 'DESC')
      .addOrderBy('c.id');
    if (!canManageHub(user, hubId)) query.andWhere('c.status = :published', { published: CurriculumStatus.PUBLISHED });
    return preparedPlainRows<CurriculumEntity>(this.dataSource.manager, query, window);
  }

  private canRead(user: AuthUser, curriculum: CurriculumEntity): boolean {
    return (
      canManageHub(user, curriculum.hubId) || (belongsToHub(user, curriculum.hubId) && curriculum.status === CurriculumStatus.PUBLISHED)
    );
  }

  async addModule(user: AuthUser, input: { curriculumId: string; title: string }): Promise<CurriculumModuleEntity> {
    return this.editDraft(user, input.curriculumId, async (manager) => {
      const position = await this.nextPosition(
        manager,
        CurriculumModuleEntity,
        'curriculum_id',
        input.curriculumId,
        CURRICULUM_LIMITS.modules,
      );
      return manager.save(CurriculumModuleEntity, { curriculumId: input.curriculumId, title: input.title, position });
    });
  }

  async addLesson(user: AuthUser, input: AddLesson): Promise<LessonEntity> {
    const module = await this.getModule(user, input.moduleId);
    return this.editDraft(user, module.curriculumId, async (manager) => {
      const position = await this.nextPosition(manager, LessonEntity, 'module_id', module.id, CURRICULUM_LIMITS.lessonsPerModule);
      return manager.save(LessonEntity, {
        moduleId: module.id,
        title: input.title,
        content: input.content,
        videoUrl: input.videoUrl ?? null,
        durationMinutes: input.durationMinutes ?? null,
        position,
      });
    });
  }

  async addAssignment(user: AuthUser, input: AddAssignment): Promise<AssignmentEntity> {
    const module = await this.getModule(user, input.moduleId);
    return this.editDraft(user, module.curriculumId, async (manager) => {
      const position = await this.nextPosition(manager, AssignmentEntity, 'module_id', module.id, CURRICULUM_LIMITS.assignmentsPerModule);
      const assignment = await manager.save(AssignmentEntity, {
        moduleId: module.id,
        title: input.title,
        instructions: input.instructions ?? null,
        weight: input.weight,
        passingScore: input.passingScore,
        position,
      });
      await this.insertRubric(manager, assignment.id, input.rubric);
      return assignment;
    });
  }

  async updateCurriculum(user: AuthUser, id: string, patch: CurriculumPatch): Promise<CurriculumEntity> {
    return this.editDraft(user, id, async (manager) => {
      const { completionRule, ...details } = patch;
      await patchRow(manager, CurriculumEntity, id, givenFields({ ...details, ...completionRule }, ['description']));
      return manager.findOneByOrFail(CurriculumEntity, { id });
    });
  }

  async updateModule(user: AuthUser, id: string, patch: { title?: string }): Promise<CurriculumModuleEntity> {
    return this.editItem(user, CurriculumItem.MODULE, id, async (manager) => {
      await patchRow(manager, CurriculumModuleEntity, id, givenFields(patch));
      return manager.findOneByOrFail(CurriculumModuleEntity, { id });
    });
  }

  async updateLesson(user: AuthUser, id: string, patch: LessonPatch): Promise<LessonEntity> {
    return this.editItem(user, CurriculumItem.LESSON, id, async (manager) => {
      await patchRow(manager, LessonEntity, id, givenFields(patch, ['videoUrl', 'durationMinutes']));
      return manager.findOneByOrFail(LessonEntity, { id });
    });
  }

  async updateAssignment(user: AuthUser, id: string, patch: AssignmentPatch): Promise<AssignmentEntity> {
    return this.editItem(user, CurriculumItem.ASSIGNMENT, id, async (manager) => {
      const { rubric, ...fields } = patch;
      await patchRow(manager, AssignmentEntity, id, givenFields(fields, ['instructions']));
      if (rubric) {
        await manager.delete(RubricCriterionEntity, { assignmentId: id });
        await this.insertRubric(manager, id, rubric);
      }
      return manager.findOneByOrFail(AssignmentEntity, { id });
    });
  }

  /** Removes a module (with its lessons and assignments), a lesson or an assignment; the rest close the gap. */
  async removeItem(user: AuthUser, kind: CurriculumItem, id: string): Promise<CurriculumEntity> {
    return this.editItem(user, kind, id, async (manager, curriculum, parentId) => {
      await manager.delete(ITEM_TABLES[kind].entity, { id });
      await renumberChildren(manager, ITEM_TABLES[kind], parentId, await childIdsInOrder(manager, ITEM_TABLES[kind], parentId));
      return curriculum;
    });
  }

  /** Puts an item at `position` (1 = first; beyond the last = last) among its siblings. */
  async moveItem(user: AuthUser, kind: CurriculumItem, id: string, position: number): Promise<CurriculumEntity> {
    return this.editItem(user, kind, id, async (manager, curriculum, parentId) => {
      const siblings = await childIdsInOrder(manager, ITEM_TABLES[kind], parentId);
      const order = siblings.filter((sibling) => sibling !== id);
      order.splice(Math.min(Math.max(position, 1), siblings.length) - 1, 0, id);
      await renumberChildren(manager, ITEM_TABLES[kind], parentId, order);
      return curriculum;
    });
  }

  /** What this version changed since the previous one of its lineage; empty for a first version. */
  async changesSincePrevious(curriculum: CurriculumEntity): Promise<CurriculumChange[]> {
    const previous = await this.dataSource
      .getRepository(CurriculumEntity)
      .findOneBy({ lineageId: curriculum.lineageId, version: curriculum.version - 1 });
    if (!previous) return [];
    return diffCurricula(await this.snapshot(previous), await this.snapshot(curriculum));
  }

  private async snapshot(curriculum: CurriculumEntity): Promise<CurriculumSnapshot> {
    const [modules, lessons, assignments] = await Promise.all([
      this.dataSource.getRepository(CurriculumModuleEntity).findBy({ curriculumId: curriculum.id }),
      this.dataSource
        .getRepository(LessonEntity)
        .createQueryBuilder('l')
        .innerJoin(CurriculumModuleEntity, 'm', 'm.id = l.module_id')
        .where('m.curriculum_id = :id', { id: curriculum.id })
        .getMany(),
      this.dataSource.query<CurriculumSnapshot['assignments']>(
        `SELECT a.id, a.module_id AS "moduleId", a.title, a.position, a.copied_from_id AS "copiedFromId", a.instructions, a.weight,
                a.passing_score AS "passingScore",
                (SELECT coalesce(jsonb_agg(jsonb_build_array(c.title, c.max_points, c.levels) ORDER BY c.position), '[]')::text
                   FROM rubric_criterion c WHERE c.assignment_id = a.id) AS rubric
           FROM assignment a JOIN curriculum_module m ON m.id = a.module_id WHERE m.curriculum_id = $1`,
        [curriculum.id],
      ),
    ]);
    const { title, description, minAttendanceRate, minFinalScore, requireAllAssignments } = curriculum;
    return {
      details: { title, description, completionRule: JSON.stringify([minAttendanceRate, minFinalScore, requireAllAssignments]) },
      modules,
      lessons,
      assignments,
    };
  }

  async publishCurriculum(user: AuthUser, id: string): Promise<CurriculumEntity> {
    return this.editDraft(user, id, async (manager, curriculum) => {
      const [{ modules, assignments }] = await manager.query<{ modules: number; assignments: number }[]>(
        `SELECT (SELECT count(*) FROM curriculum_module WHERE curriculum_id = $1)::int AS modules,
                (SELECT count(*) FROM assignment a JOIN curriculum_module m ON m.id = a.module_id WHERE m.curriculum_id = $1)::int AS assignments`,
        [id],
      );
      if (modules === 0 || assignments === 0)
        throw CurriculaErrors.cannotPublish({ modules: modules === 0, assignments: assignments === 0 });
      await manager.update(CurriculumEntity, { id }, { status: CurriculumStatus.PUBLISHED, publishedAt: () => 'now()' });
      return manager.findOneByOrFail(CurriculumEntity, { id: curriculum.id });
    });
  }

  /** Copies a published version, with all its content, into a new draft of the next version. */
  async reviseCurriculum(user: AuthUser, id: string): Promise<CurriculumEntity> {
    const source = await this.getCurriculum(user, id);
    requireHubManager(user, source.hubId);
    if (source.status !== CurriculumStatus.PUBLISHED) throw CurriculaErrors.notPublished();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [{ next }] = await manager.query<
          {
            next: number;
          }[]
        >(`SELECT max(version) + 1 AS next FROM curriculum WHERE lineage_id = $1`, [source.lineageId]);
        const { id: _id, createdAt: _createdAt, ...copied } = source;
        const draft = await manager.save(CurriculumEntity, {
          ...copied,
          id: randomUUID(),
          version: next,
          status: CurriculumStatus.DRAFT,
          publishedAt: null,
        });
        await this.copyContent(manager, source.id, draft.id);
        return draft;
      });
    } catch (error) {
      if (pgCode(error) === PgError.UniqueViolation && pgConstraint(error) === 'curriculum_one_draft_per_lineage') {
        const draft = await this.dataSource
          .getRepository(CurriculumEntity)
          .findOneByOrFail({ lineageId: source.lineageId, status: CurriculumStatus.DRAFT });
        throw CurriculaErrors.draftExists(draft.version);
      }
      throw error;
    }
  }

  private async copyContent(manager: EntityManager, fromId: string, toId: string): Promise<void> {
    // One statement per level, mapping old ids to new ones through the (parent, position) pairs.
    await manager.query(
      `INSERT INTO curriculum_module (curriculum_id, title, position, copied_from_id)
       SELECT $2, title, position, id FROM curriculum_module WHERE curriculum_id = $1`,
      [fromId, toId],
    );
    // Which new module copies which old one, for the statements below (gone when the transaction ends).
    await manager.query(
      `CREATE TEMP TABLE module_copy ON COMMIT DROP AS
         SELECT o.id AS old_id, n.id AS new_id FROM curriculum_module o
           JOIN curriculum_module n ON n.curriculum_id = $2 AND n.position = o.position WHERE o.curriculum_id = $1`,
      [fromId, toId],
    );
    await manager.query(
      `INSERT INTO lesson (module_id, title, position, content, video_url, duration_minutes, copied_from_id)
       SELECT m.new_id, l.title, l.position, l.content, l.video_url, l.duration_minutes, l.id FROM lesson l JOIN module_copy m ON m.old_id = l.module_id`,
    );
    await manager.query(
      `INSERT INTO assignment (module_id, title, instructions, weight, passing_score, position, copied_from_id)
       SELECT m.new_id, a.title, a.instructions, a.weight, a.passing_score, a.position, a.id FROM assignment a JOIN module_copy m ON m.old_id = a.module_id`,
    );
    await manager.query(
      `INSERT INTO rubric_criterion (assignment_id, title, max_points, levels, position)
       SELECT na.id, c.title, c.max_points, c.levels, c.position
         FROM rubric_criterion c
         JOIN assignment oa ON oa.id = c.assignment_id
         JOIN module_copy m ON m.old_id = oa.module_id
         JOIN assignment na ON na.module_id = m.new_id AND na.position = oa.position`,
    );
  }

  private async insertRubric(manager: EntityManager, assignmentId: string, rubric: AddAssignment['rubric']): Promise<void> {
    await manager.insert(
      RubricCriterionEntity,
      rubric.map((criterion, index) => ({
        assignmentId,
        title: criterion.title,
        maxPoints: criterion.maxPoints,
        levels: checkedLevels(criterion, index),
        position: index + 1,
      })),
    );
  }

  /** Edits one item of a draft: NOT_FOUND (of its kind) unless the caller may see it; the draft row locked meanwhile. */
  private async editItem<T>(
    user: AuthUser,
    kind: CurriculumItem,
    id: string,
    edit: (manager: EntityManager, curriculum: CurriculumEntity, parentId: string) => Promise<T>,
  ): Promise<T> {
    const [found] = await this.dataSource.query<{ curriculumId: string; parentId: string }[]>(ITEM_TABLES[kind].locate, [id]);
    if (!found) throw ITEM_NOT_FOUND[kind]();
    await this.getCurriculum(user, found.curriculumId).catch(() => {
      throw ITEM_NOT_FOUND[kind]();
    });
    return this.editDraft(user, found.curriculumId, (manager, curriculum) => edit(manager, curriculum, found.parentId));
  }

  private async getModule(user: AuthUser, moduleId: string): Promise<CurriculumModuleEntity> {
    const module = await this.dataSource.getRepository(CurriculumModuleEntity).findOneBy({ id: moduleId });
    if (!module) throw CurriculaErrors.moduleNotFound();
    await this.getCurriculum(user, module.curriculumId).catch(() => {
      throw CurriculaErrors.moduleNotFound();
    });
    return module;
  }

  /** Runs an edit of a draft with the curriculum row locked, so a concurrent publish cannot slip in between. */
  private async editDraft<T>(
    user: AuthUser,
    curriculumId: string,
    edit: (manager: EntityManager, curriculum: CurriculumEntity) => Promise<T>,
  ): Promise<T> {
    const visible = await this.getCurriculum(user, curriculumId);
    requireHubManager(user, visible.hubId);
    return this.dataSource.transaction(async (manager) => {
      const curriculum = await manager.findOneOrFail(CurriculumEntity, {
        where: { id: curriculumId },
        lock: { mode: 'pessimistic_write' },
      });
      if (curriculum.status !== CurriculumStatus.DRAFT) throw CurriculaErrors.curriculumPublished(curriculum.version);
      return edit(manager, curriculum);
    });
  }

  /** The position after the last item of the parent; refuses an item beyond `max` (the draft row is locked by editDraft). */
  private async nextPosition(
    manager: EntityManager,
    entity: Function,
    parentColumn: string,
    parentId: string,
    max: number,
  ): Promise<number> {
    const table = manager.getRepository(entity).metadata.tableName;
    const { next, count } = await positionAfterLast(manager, { table, parentColumn }, parentId);
    if (count >= max) throw CurriculaErrors.tooManyItems(table, max);
    return next;
  }

  // Batch loaders (DataLoader shape: results in the order of the keys).

  curriculaByIds(ids: readonly string[]): Promise<(CurriculumEntity | undefined)[]> {
    return rowsByIds(this.dataSource.getRepository(CurriculumEntity), ids);
  }

  modulesByCurriculumIds(ids: readonly string[]): Promise<CurriculumModuleEntity[][]> {
    return rowsByParentIds(this.dataSource.getRepository(CurriculumModuleEntity), 'curriculumId', ids, { position: 'ASC' });
  }

  lessonsByModuleIds(ids: readonly string[]): Promise<LessonEntity[][]> {
    return rowsByParentIds(this.dataSource.getRepository(LessonEntity), 'moduleId', ids, { position: 'ASC' });
  }

  assignmentsByModuleIds(ids: readonly string[]): Promise<AssignmentEntity[][]> {
    return rowsByParentIds(this.dataSource.getRepository(AssignmentEntity), 'moduleId', ids, { position: 'ASC' });
  }

  assignmentsByIds(ids: readonly string[]): Promise<(AssignmentEntity | undefined)[]> {
    return rowsByIds(this.dataSource.getRepository(AssignmentEntity), ids);
  }

  criteriaByIds(ids: readonly string[]): Promise<(RubricCriterionEntity | undefined)[]> {
    return rowsByIds(this.dataSource.getRepository(RubricCriterionEntity), ids);
  }

  criteriaByAssignmentIds(ids: readonly string[]): Promise<RubricCriterionEntity[][]> {
    return rowsByParentIds(this.dataSource.getRepository(RubricCriterionEntity), 'assignmentId', ids, { position: 'ASC' });
  }
}
