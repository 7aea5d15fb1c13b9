import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { says } from '../graphql/validation.js';

@InputType()
export class SubmitAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih kelompok yang valid', 'Choose a valid cohort'))
  cohortId: string;

  @Field(() => ID)
  @IsUUID('all', says('Pilih tugas yang valid', 'Choose a valid assignment'))
  assignmentId: string;

  @Field(() => String)
  @Length(1, 20_000, says('Isi kiriman 1 sampai 20.000 karakter', 'The submission has 1 to 20,000 characters'))
  content: string;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih kriteria yang valid', 'Choose a valid criterion'))
  criterionId: string;

  @Field(() => Int)
  @IsInt(says('Poin harus bilangan bulat', 'Points must be a whole number'))
  points: number;
}

@InputType()
export class GradeSubmissionInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih kiriman yang valid', 'Choose a valid submission'))
  submissionId: string;

  @Field(() => [CriterionScoreInput])
  @ArrayMaxSize(20, says('Rubrik paling banyak 20 kriteria', 'A rubric has at most 20 criteria'))
  @ArrayMinSize(1, says('Beri nilai untuk setiap kriteria', 'Score every criterion'))
  @ValidateNested({ each: true })
  @Type(() => CriterionScoreInput)
  scores: CriterionScoreInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, says('Umpan balik maksimal 5000 karakter', 'Feedback can be at most 5000 characters'))
  feedback?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  requestResubmission?: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'How many grades the submission had when the grader opened it: a grade saved since is refused (GRADE_CHANGED)',
  })
  @IsOptional()
  @Min(0, says('Jumlah nilai tidak valid', 'Invalid number of grades'))
  @IsInt(says('Jumlah nilai tidak valid', 'Invalid number of grades'))
  seenGrades?: number;
}
