import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type AssignmentEntity,
  type CurriculumEntity,
  type CurriculumModuleEntity,
  CurriculumStatus,
  type LessonEntity,
  CURRICULUM_LIMITS,
  CurriculumChangeKind,
  CurriculumField,
  CurriculumItemKind,
  CurriculumItem,
  type RubricCriterionEntity,
} from '@sanggar/curricula';
import { MaxItems } from '../graphql/lists.js';

registerEnumType(CurriculumStatus, { name: 'CurriculumStatus' });
registerEnumType(CurriculumChangeKind, { name: 'CurriculumChangeKind' });
registerEnumType(CurriculumItemKind, { name: 'CurriculumItemKind' });
registerEnumType(CurriculumField, { name: 'CurriculumField' });
registerEnumType(CurriculumItem, { name: 'CurriculumItem' });

@ObjectType('CurriculumChange', { description: 'One difference of a version from the one before it' })
export class CurriculumChangeType {
  @Field(() => CurriculumChangeKind)
  kind: CurriculumChangeKind;

  @Field(() => CurriculumItemKind)
  item: CurriculumItemKind;

  @Field(() => String, { description: 'The item’s title (as it is now; as it was for a removed one)' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The module of a lesson or assignment' })
  moduleTitle: string | null;

  @MaxItems(Object.keys(CurriculumField).length)
  @Field(() => [CurriculumField], { description: 'For CHANGED: what is different' })
  fields: CurriculumField[];
}

@ObjectType('CompletionRule')
export class CompletionRuleType {
  @Field(() => Float, { description: '0..1, share of counted sessions attended (PRESENT or LATE)' })
  minAttendanceRate: number;

  @Field(() => Float, { description: '0..100, weighted average of assignment scores' })
  minFinalScore: number;

  @Field(() => Boolean, { description: 'every assignment needs a graded submission at >= its passingScore' })
  requireAllAssignments: boolean;
}

@ObjectType('Curriculum')
export class CurriculumType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int, { description: '1, 2, ... within one lineage' })
  version: number;

  @Field(() => CurriculumStatus, { description: 'a PUBLISHED curriculum is immutable' })
  status: CurriculumStatus;

  @Field(() => CompletionRuleType)
  completionRule: CompletionRuleType;

  hubId: string;
  lineageId: string;
}

export const toCurriculumType = (curriculum: CurriculumEntity): CurriculumType => ({
  id: curriculum.id,
  title: curriculum.title,
  description: curriculum.description,
  version: curriculum.version,
  status: curriculum.status,
  completionRule: {
    minAttendanceRate: curriculum.minAttendanceRate,
    minFinalScore: curriculum.minFinalScore,
    requireAllAssignments: curriculum.requireAllAssignments,
  },
  hubId: curriculum.hubId,
  lineageId: curriculum.lineageId,
});

@ObjectType('CurriculumModule')
export class CurriculumModuleType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int)
  position: number;
}

export const toModuleType = (module: CurriculumModuleEntity): CurriculumModuleType => ({
  id: module.id,
  title: module.title,
  position: module.position,
});

@ObjectType('Lesson', { description: 'Course material a trainee follows: Markdown text, optionally a video link' })
export class LessonType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int)
  position: number;

  @Field(() => String, { description: 'Markdown, stored as written; render it only through a sanitiser' })
  content: string;

  @Field(() => String, { nullable: true })
  videoUrl: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;
}

export const toLessonType = (lesson: LessonEntity): LessonType => ({
  id: lesson.id,
  title: lesson.title,
  position: lesson.position,
  content: lesson.content,
  videoUrl: lesson.videoUrl,
  durationMinutes: lesson.durationMinutes,
});

@ObjectType('RubricLevel', { description: 'What work at one level of a criterion looks like, and what it scores' })
export class RubricLevelType {
  @Field(() => String)
  title: string;

  @Field(() => Int)
  points: number;

  @Field(() => String, { nullable: true })
  description: string | null;
}

@ObjectType('RubricCriterion')
export class RubricCriterionType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => Int)
  maxPoints: number;

  @MaxItems(CURRICULUM_LIMITS.levelsPerCriterion)
  @Field(() => [RubricLevelType], { description: 'Lowest first, at most 6; empty when the criterion is scored by points alone' })
  levels: RubricLevelType[];
}

export const toCriterionType = (criterion: RubricCriterionEntity): RubricCriterionType => ({
  id: criterion.id,
  title: criterion.title,
  maxPoints: criterion.maxPoints,
  levels: criterion.levels,
});

@ObjectType('Assignment')
export class AssignmentType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  instructions: string | null;

  @Field(() => Float, { description: 'relative weight in the final score' })
  weight: number;

  @Field(() => Float, { description: '0..100' })
  passingScore: number;

  @Field(() => Int, { description: 'Order within its module, from 1' })
  position: number;
}

export const toAssignmentType = (assignment: AssignmentEntity): AssignmentType => ({
  id: assignment.id,
  title: assignment.title,
  instructions: assignment.instructions,
  weight: assignment.weight,
  passingScore: assignment.passingScore,
  position: assignment.position,
});
