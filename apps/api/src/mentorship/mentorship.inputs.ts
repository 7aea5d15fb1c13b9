import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { MAX_STARTUP_MEMBERS } from '@sanggar/mentorship';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

const STARTUP_SIZE = says(`Start-up berisi 1 sampai ${MAX_STARTUP_MEMBERS} anggota`, `A start-up has 1 to ${MAX_STARTUP_MEMBERS} members`);

@InputType()
export class UpdateMentorProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, says('Bio maksimal 2000 karakter', 'The bio can be at most 2000 characters'))
  bio?: string;

  @Field(() => [String])
  @ArrayMaxSize(16, says('Paling banyak 16 subsektor', 'At most 16 sub-sectors'))
  @IsString({ each: true })
  expertise: string[];

  @Field(() => Int)
  @Max(50, says('Jumlah start-up bimbingan antara 0 dan 50', 'The number of start-ups is between 0 and 50'))
  @Min(0, says('Jumlah start-up bimbingan antara 0 dan 50', 'The number of start-ups is between 0 and 50'))
  @IsInt()
  maxMentees: number;
}

@InputType()
export class CreateStartupInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih hub yang valid', 'Choose a valid hub'))
  hubId: string;

  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, says('Nama start-up wajib diisi, maksimal 200 karakter', 'Enter the start-up name, at most 200 characters'))
  name: string;

  @Field(() => String)
  @IsString()
  sector: string;

  @Field(() => [ID])
  @ArrayMaxSize(MAX_STARTUP_MEMBERS, STARTUP_SIZE)
  @ArrayMinSize(1, STARTUP_SIZE)
  @IsUUID('all', { each: true, ...says('Pilih peserta yang valid', 'Choose valid trainees') })
  memberIds: string[];
}
