import { Field, Float, ID, InputType, Int, PartialType, OmitType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CURRICULUM_LIMITS } from '@sanggar/curricula';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

const LEVEL_POINTS = says('Poin tingkat antara 0 dan 100', 'A level scores 0 to 100 points');
const TITLE = says('Judul wajib diisi, maksimal 200 karakter', 'Enter a title, at most 200 characters');
const ATTENDANCE = says(
  'Kehadiran minimum antara 0 dan 1 (misalnya 0.8 untuk 80%)',
  'The minimum attendance rate is between 0 and 1 (e.g. 0.8 for 80%)',
);
const FINAL_SCORE = says('Nilai akhir minimum antara 0 dan 100', 'The minimum final score is between 0 and 100');
const VIDEO_URL = says('Tautan video harus berupa alamat http(s)', 'The video link must be an http(s) address');
const DURATION = says('Durasi antara 1 dan 1440 menit', 'The duration is between 1 and 1440 minutes');
const MAX_POINTS = says('Poin maksimal kriteria antara 1 dan 100', 'A criterion’s maximum points are between 1 and 100');
const WEIGHT = says('Bobot harus lebih dari 0 dan paling besar 1000', 'The weight must be above 0 and at most 1000');
const PASSING_SCORE = says('Nilai lulus antara 0 dan 100', 'The passing score is between 0 and 100');
const RUBRIC_SIZE = says(
  `Rubrik berisi 1 sampai ${CURRICULUM_LIMITS.criteriaPerRubric} kriteria`,
  `A rubric has 1 to ${CURRICULUM_LIMITS.criteriaPerRubric} criteria`,
);

@InputType()
export class CompletionRuleInput {
  @Field(() => Float)
  @Max(1, ATTENDANCE)
  @Min(0, ATTENDANCE)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  minAttendanceRate: number;

  @Field(() => Float)
  @Max(100, FINAL_SCORE)
  @Min(0, FINAL_SCORE)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  minFinalScore: number;

  @Field(() => Boolean)
  @IsBoolean()
  requireAllAssignments: boolean;
}

@InputType()
export class CreateCurriculumInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih hub yang valid', 'Choose a valid hub'))
  hubId: string;

  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, TITLE)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, says('Deskripsi maksimal 5000 karakter', 'The description can be at most 5000 characters'))
  description?: string;

  @Field(() => CompletionRuleInput)
  @ValidateNested()
  @Type(() => CompletionRuleInput)
  completionRule: CompletionRuleInput;
}

@InputType()
export class AddModuleInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih kurikulum yang valid', 'Choose a valid curriculum'))
  curriculumId: string;

  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, TITLE)
  title: string;
}

const MODULE_ID = says('Pilih modul yang valid', 'Choose a valid module');

/** Something added to a module: lessons and assignments. */
@InputType({ isAbstract: true })
class ModuleItemInput {
  @Field(() => ID)
  @IsUUID('all', MODULE_ID)
  moduleId: string;

  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, TITLE)
  title: string;
}

@InputType()
export class AddLessonInput extends ModuleItemInput {
  @Field(() => String, { description: 'Markdown, up to 100,000 characters' })
  @Length(1, 100_000, says('Isi materi wajib diisi, maksimal 100.000 karakter', 'Enter the lesson content, at most 100,000 characters'))
  content: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, VIDEO_URL)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, VIDEO_URL)
  videoUrl?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Max(1440, DURATION)
  @Min(1, DURATION)
  @IsInt()
  durationMinutes?: number;
}

@InputType({ description: 'One level of work on a criterion: what it looks like and what it scores' })
export class RubricLevelInput {
  @Field(() => String, { description: 'e.g. "Sangat baik", 1 to 60 characters' })
  @Transform(trim)
  @Length(1, 60, says('Nama tingkat 1 sampai 60 karakter', 'A level’s name has 1 to 60 characters'))
  title: string;

  @Field(() => Int, { description: '0 to the criterion’s maxPoints; each level of a criterion scores differently' })
  @Max(100, LEVEL_POINTS)
  @Min(0, LEVEL_POINTS)
  @IsInt(LEVEL_POINTS)
  points: number;

  @Field(() => String, { nullable: true, description: 'What work at this level shows, up to 300 characters' })
  @IsOptional()
  @MaxLength(300, says('Uraian tingkat maksimal 300 karakter', 'A level’s description has at most 300 characters'))
  description?: string;
}

@InputType()
export class RubricCriterionInput {
  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, TITLE)
  title: string;

  @Field(() => Int)
  @Max(100, MAX_POINTS)
  @Min(1, MAX_POINTS)
  @IsInt()
  maxPoints: number;

  @Field(() => [RubricLevelInput], { nullable: true, description: 'Up to 6 levels; without them the grader gives points alone' })
  @IsOptional()
  @ArrayMaxSize(CURRICULUM_LIMITS.levelsPerCriterion, says('Paling banyak 6 tingkat per kriteria', 'At most 6 levels per criterion'))
  @ValidateNested({ each: true })
  @Type(() => RubricLevelInput)
  levels?: RubricLevelInput[];
}

@InputType()
export class AddAssignmentInput extends ModuleItemInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20_000, says('Petunjuk maksimal 20.000 karakter', 'The instructions can be at most 20,000 characters'))
  instructions?: string;

  @Field(() => Float, { description: 'relative weight in the final score; > 0' })
  @Max(1000, WEIGHT)
  @Min(0.0001, WEIGHT)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  weight: number;

  @Field(() => Float, { description: '0..100' })
  @Max(100, PASSING_SCORE)
  @Min(0, PASSING_SCORE)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  passingScore: number;

  @Field(() => [RubricCriterionInput])
  @ArrayMaxSize(CURRICULUM_LIMITS.criteriaPerRubric, RUBRIC_SIZE)
  @ArrayMinSize(1, RUBRIC_SIZE)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  rubric: RubricCriterionInput[];
}

@InputType({ description: 'The fields given change; the others stay' })
export class UpdateCurriculumInput extends PartialType(OmitType(CreateCurriculumInput, ['hubId'] as const)) {}

@InputType()
export class UpdateModuleInput {
  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, TITLE)
  title: string;
}

@InputType({ description: 'The fields given change; the others stay' })
export class UpdateLessonInput extends PartialType(OmitType(AddLessonInput, ['moduleId'] as const)) {}

@InputType({ description: 'The fields given change; a rubric given replaces the whole rubric' })
export class UpdateAssignmentInput extends PartialType(OmitType(AddAssignmentInput, ['moduleId'] as const)) {}
