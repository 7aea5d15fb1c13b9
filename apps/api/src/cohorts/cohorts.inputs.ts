import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { Allow, ArrayMaxSize, IsInt, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { LocalDateScalar } from '../graphql/scalars.js';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

/** Trainees one enrollMany call takes: a cohort's worth and then some. */
export const MAX_ENROLL_AT_ONCE = 200;
const ENROLL_AT_ONCE = says('Paling banyak 200 peserta sekaligus', 'At most 200 trainees at once');

const CAPACITY = says('Kapasitas antara 1 dan 2.000 peserta', 'The capacity is between 1 and 2,000 trainees');

@InputType()
export class CreateCohortInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih hub yang valid', 'Choose a valid hub'))
  hubId: string;

  @Field(() => ID)
  @IsUUID('all', says('Pilih kurikulum yang valid', 'Choose a valid curriculum'))
  curriculumId: string;

  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, says('Nama kelompok wajib diisi, maksimal 200 karakter', 'Enter the cohort name, at most 200 characters'))
  name: string;

  // The Date scalar validates these; @Allow keeps the whitelist from stripping them.
  @Field(() => LocalDateScalar)
  @Allow()
  startsOn: string;

  @Field(() => LocalDateScalar)
  @Allow()
  endsOn: string;

  @Field(() => Int)
  @Max(2000, CAPACITY)
  @Min(1, CAPACITY)
  @IsInt()
  capacity: number;
}

@InputType({ description: 'The fields given change; the start date only before the cohort starts' })
export class UpdateCohortInput extends PartialType(OmitType(CreateCohortInput, ['hubId', 'curriculumId'] as const)) {}

@InputType({ description: 'Up to 200 trainees, by id and/or email' })
export class EnrollManyInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih kelompok yang valid', 'Choose a valid cohort'))
  cohortId: string;

  @Field(() => [ID], { nullable: true, description: 'Trainees picked from the member directory' })
  @IsOptional()
  @ArrayMaxSize(MAX_ENROLL_AT_ONCE, ENROLL_AT_ONCE)
  @IsUUID('all', { each: true, ...says('Pilih peserta yang valid', 'Choose a valid trainee') })
  traineeIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Pasted email addresses, any case' })
  @IsOptional()
  @ArrayMaxSize(MAX_ENROLL_AT_ONCE, ENROLL_AT_ONCE)
  @MaxLength(320, { each: true, ...says('Email terlalu panjang', 'Email too long') })
  emails?: string[];
}

@InputType()
export class EnrollInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih kelompok yang valid', 'Choose a valid cohort'))
  cohortId: string;

  @Field(() => ID)
  @IsUUID('all', says('Pilih peserta yang valid', 'Choose a valid trainee'))
  traineeId: string;
}
