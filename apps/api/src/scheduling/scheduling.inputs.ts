import { Field, ID, InputType, Int, IntersectionType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AttendanceStatus } from '@sanggar/attendance';
import { Weekday } from '@sanggar/scheduling';
import { DateTimeScalar, LocalDateScalar } from '../graphql/scalars.js';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

const COHORT_ID = says('Pilih kelompok yang valid', 'Choose a valid cohort');
const ROOM_ID = says('Pilih ruang yang valid', 'Choose a valid room');
const MENTOR_ID = says('Pilih mentor yang valid', 'Choose a valid mentor');
const TITLE = says('Judul sesi wajib diisi, maksimal 200 karakter', 'Enter the session title, at most 200 characters');

/** Where and with whom: shared by one-off and recurring scheduling. */
@InputType({ isAbstract: true })
class SessionPlaceInput {
  @Field(() => ID)
  @IsUUID('all', COHORT_ID)
  cohortId: string;

  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, TITLE)
  title: string;

  @Field(() => ID)
  @IsUUID('all', ROOM_ID)
  roomId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', MENTOR_ID)
  mentorId?: string;
}

/** When: shared by scheduling, rescheduling and office hours. */
@InputType({ isAbstract: true })
export class SessionTimesInput {
  // The DateTime scalar validates these; @Allow keeps the whitelist from stripping them.
  @Field(() => DateTimeScalar)
  @Allow()
  startsAt: Date;

  @Field(() => DateTimeScalar)
  @Allow()
  endsAt: Date;
}

/** Entries one recordAttendance call takes. */
export const MAX_ENTRIES_PER_RECORDING = 500;

@InputType()
export class ScheduleSessionInput extends IntersectionType(SessionPlaceInput, SessionTimesInput) {}

@InputType({ description: 'Moves a session to another time (and room); its calendar entries and absence job follow' })
export class RescheduleSessionInput extends SessionTimesInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih sesi yang valid', 'Choose a valid session'))
  id: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', ROOM_ID)
  roomId?: string;
}

const MAX_SKIPPED_DATES = 200;

@InputType()
export class ScheduleRecurringInput extends SessionPlaceInput {
  @Field(() => [Weekday])
  @ArrayUnique(undefined, says('Setiap hari cukup sekali', 'List each weekday once'))
  @ArrayMinSize(1, says('Pilih minimal satu hari', 'Choose at least one weekday'))
  @IsEnum(Weekday, { each: true })
  weekdays: Weekday[];

  @Field(() => String, { description: 'HH:mm in the hub time zone' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, says('Jam mulai berformat HH:mm, misalnya 09:00', 'The start time looks like HH:mm, e.g. 09:00'))
  startTime: string;

  @Field(() => Int)
  @Max(720, says('Durasi antara 1 menit dan 12 jam', 'The duration is between 1 minute and 12 hours'))
  @Min(1, says('Durasi antara 1 menit dan 12 jam', 'The duration is between 1 minute and 12 hours'))
  @IsInt()
  durationMinutes: number;

  @Field(() => LocalDateScalar)
  @Allow()
  fromDate: string;

  @Field(() => LocalDateScalar)
  @Allow()
  untilDate: string;

  @Field(() => [LocalDateScalar], { nullable: true, description: 'Dates of the range left out (a holiday, a clash)' })
  @IsOptional()
  @ArrayMaxSize(MAX_SKIPPED_DATES, says('Paling banyak 200 tanggal dilewati', 'At most 200 dates left out'))
  skipDates?: string[];
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih peserta yang valid', 'Choose a valid trainee'))
  traineeId: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500, says('Keterangan maksimal 500 karakter', 'The note can be at most 500 characters'))
  note?: string;
}

@InputType({ description: 'Upsert: recording the same trainee twice for a session updates the one record' })
export class RecordAttendanceInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih sesi yang valid', 'Choose a valid session'))
  sessionId: string;

  @Field(() => [AttendanceEntryInput])
  @ArrayMaxSize(MAX_ENTRIES_PER_RECORDING, says('Paling banyak 500 peserta sekali catat', 'At most 500 trainees at once'))
  @ArrayMinSize(1, says('Catat minimal satu peserta', 'Record at least one trainee'))
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  entries: AttendanceEntryInput[];

  @Field(() => String, {
    nullable: true,
    description: 'The session’s registerVersion when the register was opened: a register changed since is refused (REGISTER_CHANGED)',
  })
  @IsOptional()
  @MaxLength(64, says('Versi daftar hadir tidak dikenal', 'Unknown register version'))
  expectedVersion?: string;
}
