import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { MAX_WEEKS } from '@sanggar/mentorship';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';
import { SessionTimesInput } from '../scheduling/scheduling.inputs.js';

const SLOT_LENGTH = says('Satu slot lamanya 15 sampai 120 menit', 'A slot lasts 15 to 120 minutes');
const WEEKS = says(`Ulangi 1 sampai ${MAX_WEEKS} minggu`, `Repeat for 1 to ${MAX_WEEKS} weeks`);

@InputType({ description: 'Splits [startsAt, endsAt) into slots of slotMinutes; never overlaps the mentor’s sessions or other slots' })
export class PublishOfficeHoursInput extends SessionTimesInput {
  @Field(() => Int)
  @Max(120, SLOT_LENGTH)
  @Min(15, SLOT_LENGTH)
  @IsInt(SLOT_LENGTH)
  slotMinutes: number;

  @Field(() => ID, { nullable: true, description: 'Also reserves the room for these slots' })
  @IsOptional()
  @IsUUID('all', says('Pilih ruang yang valid', 'Choose a valid room'))
  roomId?: string;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'The same hours every week for this many weeks, 1 to 16' })
  @IsOptional()
  @Max(MAX_WEEKS, WEEKS)
  @Min(1, WEEKS)
  @IsInt(WEEKS)
  weeks?: number;
}

@InputType()
export class BookOfficeHourInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih jam konsultasi yang valid', 'Choose a valid office hour'))
  slotId: string;

  @Field(() => ID)
  @IsUUID('all', says('Pilih start-up yang valid', 'Choose a valid start-up'))
  startupId: string;

  @Field(() => String, { description: 'What the start-up wants to discuss, 1 to 1000 characters' })
  @Transform(trim)
  @Length(1, 1000, says('Tuliskan agenda, maksimal 1000 karakter', 'Write an agenda, at most 1000 characters'))
  agenda: string;
}
