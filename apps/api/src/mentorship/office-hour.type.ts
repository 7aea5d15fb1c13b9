import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OfficeHourSlot } from '@sanggar/mentorship';

@ObjectType('OfficeHourSlot')
export class OfficeHourSlotType {
  @Field(() => ID)
  id: string;

  /** Both written through the resolver, in the zone of the room's hub (or the mentor's first hub). */
  startsAt: Date;
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Shown to the mentor, the hub’s coordinators and the booking start-up' })
  agenda: string | null;

  mentorId: string;
  roomId: string | null;
  startupId: string | null;
}

export const toSlotType = ({ booking, ...slot }: OfficeHourSlot): OfficeHourSlotType => ({
  ...slot,
  agenda: booking?.agenda ?? null,
  startupId: booking?.startupId ?? null,
});
