import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type Clash,
  ClashWith,
  MAX_SESSIONS_PER_COHORT,
  type RecurringPreview,
  ReservationKind,
  type RoomBooking,
} from '@sanggar/scheduling';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';
import { MaxItems } from '../graphql/lists.js';

registerEnumType(ClashWith, { name: 'ClashWith', description: 'What a planned session would share: the room or the mentor' });
registerEnumType(ReservationKind, { name: 'BookingKind' });

/** A planned session meets this many bookings at most in a preview (a room and a mentor each double-booked is already rare). */
const MAX_CLASHES_SHOWN = 10;

@ObjectType('ScheduleClash', { description: 'A booking already holding the room or the mentor at a planned time' })
export class ScheduleClashType {
  @Field(() => ClashWith)
  with: ClashWith;

  @Field(() => String, { nullable: true, description: 'The other session’s title; null for office hours' })
  title: string | null;

  @Field(() => DateTimeScalar)
  startsAt: string;

  @Field(() => DateTimeScalar)
  endsAt: string;
}

@ObjectType('PlannedSession')
export class PlannedSessionType {
  @Field(() => DateTimeScalar)
  startsAt: string;

  @Field(() => DateTimeScalar)
  endsAt: string;

  @Field(() => Boolean, { description: 'Falls outside the cohort’s dates' })
  outsideCohort: boolean;

  @MaxItems(MAX_CLASHES_SHOWN)
  @Field(() => [ScheduleClashType], { description: 'Empty when the room and the mentor are free' })
  clashes: ScheduleClashType[];
}

@ObjectType('SchedulePreview', { description: 'What a recurring schedule would create; nothing is saved' })
export class SchedulePreviewType {
  @MaxItems(MAX_SESSIONS_PER_COHORT)
  @Field(() => [PlannedSessionType])
  sessions: PlannedSessionType[];

  @Field(() => String)
  roomName: string;

  @Field(() => Int)
  roomCapacity: number;

  @Field(() => Int, { description: 'Trainees the room must seat' })
  seated: number;
}

const toClash = (clash: Clash, timezone: string): ScheduleClashType => ({
  with: clash.with,
  title: clash.title,
  startsAt: inZone(clash.startsAt, timezone),
  endsAt: inZone(clash.endsAt, timezone),
});

export const toSchedulePreviewType = (preview: RecurringPreview): SchedulePreviewType => ({
  roomName: preview.roomName,
  roomCapacity: preview.roomCapacity,
  seated: preview.seated,
  sessions: preview.sessions.map((session) => ({
    startsAt: inZone(session.startsAt, preview.timezone),
    endsAt: inZone(session.endsAt, preview.timezone),
    outsideCohort: session.outsideCohort,
    clashes: session.clashes.slice(0, MAX_CLASHES_SHOWN).map((clash) => toClash(clash, preview.timezone)),
  })),
});

@ObjectType('RoomBooking', { description: 'A room held by a session or by a mentor’s office hours' })
export class RoomBookingType {
  @Field(() => ID, { description: 'The session’s id, or the office-hour slot’s' })
  id: string;

  @Field(() => ReservationKind)
  kind: ReservationKind;

  @Field(() => ID)
  roomId: string;

  @Field(() => DateTimeScalar)
  startsAt: string;

  @Field(() => DateTimeScalar)
  endsAt: string;

  @Field(() => String, { nullable: true, description: 'The session’s title' })
  title: string | null;

  @Field(() => ID, { nullable: true })
  cohortId: string | null;

  @Field(() => String, { nullable: true })
  cohortName: string | null;

  @Field(() => String, { nullable: true })
  mentorName: string | null;
}

export const toRoomBookingType = (booking: RoomBooking, timezone: string): RoomBookingType => ({
  ...booking,
  startsAt: inZone(booking.startsAt, timezone),
  endsAt: inZone(booking.endsAt, timezone),
});
