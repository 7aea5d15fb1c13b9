import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AttendanceSource, AttendanceStatus, type AttendanceRecordEntity } from '@sanggar/attendance';
import { SessionStatus, type SessionEntity, Weekday } from '@sanggar/scheduling';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';

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

  /** Written through AttendanceResolver.recordedAt, in the session's hub's zone. */
  recordedAt: Date;

  sessionId: string;
  traineeId: string;
  recordedById: string | null;
}

export const toAttendanceRecordType = (record: AttendanceRecordEntity): AttendanceRecordType => ({
  id: record.id,
  status: record.status,
  source: record.source,
  note: record.note,
  recordedAt: record.recordedAt,
  sessionId: record.sessionId,
  traineeId: record.traineeId,
  recordedById: record.recordedBy,
});

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
