import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AttendanceSource, AttendanceStatus } from '@sanggar/attendance';
import { SessionStatus, type SessionEntity, Weekday } from '@sanggar/scheduling';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';
import { UserType } from '../identity/user.type.js';

registerEnumType(SessionStatus, { name: 'SessionStatus' });
registerEnumType(Weekday, { name: 'Weekday' });
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus' });
registerEnumType(AttendanceSource, { name: 'AttendanceSource' });

@ObjectType('Session')
export class SessionType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => DateTimeScalar)
  startsAt: string;

  @Field(() => DateTimeScalar)
  endsAt: string;

  @Field(() => SessionStatus)
  status: SessionStatus;

  cohortId: string;
  roomId: string;
  mentorId: string | null;
}

/** Times are written in the hub's time zone, so a trainee in Banyumas reads 09:00+07:00. */
export const toSessionType = (session: SessionEntity, timezone: string): SessionType => ({
  id: session.id,
  title: session.title,
  startsAt: inZone(session.startsAt, timezone),
  endsAt: inZone(session.endsAt, timezone),
  status: session.status,
  cohortId: session.cohortId,
  roomId: session.roomId,
  mentorId: session.mentorId,
});

/**
 * Built whole by `toAttendanceRecordTypes` (trainee, writer and time in the hub's zone included), or
 * from statuses alone for a selection that asks no more (`toStatusRecords`): a register of 200 or a
 * grid of 6,000 records then costs no resolver call per record.
 */
@ObjectType('AttendanceRecord')
export class AttendanceRecordType {
  @Field(() => ID)
  id: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => AttendanceSource)
  source: AttendanceSource;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => DateTimeScalar, { description: 'in the hub’s time zone' })
  recordedAt: string;

  /** Only their id when the query asks no more of them (see `traineeAsked`): no person is read for it. */
  @Field(() => UserType)
  trainee: UserType | Pick<UserType, 'id'>;

  @Field(() => UserType, { nullable: true, description: 'Who wrote it by hand; null for a check-in or an automatic ABSENT' })
  recordedBy: UserType | null;

  sessionId: string;
}

@ObjectType('CheckInCode', { description: 'Shown on the room screen by the mentor; rotates every 15 s' })
export class CheckInCodeType {
  @Field(() => ID)
  sessionId: string;

  @Field(() => String)
  code: string;

  @Field(() => DateTimeScalar, { description: 'When this code stops being accepted: 2 s after the next one takes over' })
  expiresAt: string;

  @Field(() => Float, { description: 'Seconds until the next code takes over: fetch it then, and show it at once' })
  nextCodeInSeconds: number;

  @Field(() => Int, { description: 'Trainees recorded PRESENT or LATE so far' })
  checkedIn: number;
}
