import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { Allow, IsInt, IsUUID, Length, Max, Min } from 'class-validator';
import { LocalDateScalar } from '../graphql/scalars.js';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

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

@InputType()
export class EnrollInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih kelompok yang valid', 'Choose a valid cohort'))
  cohortId: string;

  @Field(() => ID)
  @IsUUID('all', says('Pilih peserta yang valid', 'Choose a valid trainee'))
  traineeId: string;
}
