import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthUser, Role, Roles } from '@sanggar/core';
import { MAX_SLOTS_PER_WINDOW, OfficeHoursService } from '@sanggar/mentorship';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { type GqlContext, userTypeById, type Loaders, zoneOfHub } from '../graphql/context.js';
import { RowField } from '../graphql/row-fields.js';
import { MaxItems, PageArgs } from '../graphql/lists.js';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';
import { RoomType, toRoomType } from '../hubs/hub.type.js';
import { UserType } from '../identity/user.type.js';
import { OfficeHourSlotType, toSlotType } from './office-hour.type.js';
import { BookOfficeHourInput, PublishOfficeHoursInput } from './office-hours.inputs.js';
import { StartupType, toStartupType } from './startup.type.js';

/** A slot's hub: its room's, else its mentor's first. */
async function zoneOfSlot(loaders: Loaders, slot: OfficeHourSlotType): Promise<string> {
  const room = slot.roomId ? await loaders.roomById.load(slot.roomId) : undefined;
  const hubId = room?.hubId ?? (await loaders.hubIdsByUserId.load(slot.mentorId))[0];
  return zoneOfHub(loaders, hubId);
}

@Resolver(() => OfficeHourSlotType)
export class OfficeHoursResolver {
  constructor(private readonly slots: OfficeHoursService) {}

  @Query(() => [OfficeHourSlotType], {
    description: 'The mentor and the hub’s coordinators see every slot; trainees and other mentors the free ones and their own bookings',
  })
  async officeHours(
    @CurrentUser() caller: AuthUser,
    @Args('mentorId', { type: () => ID }) mentorId: string,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
    @Args() page: PageArgs,
  ): Promise<OfficeHourSlotType[]> {
    return (await this.slots.officeHours(caller, mentorId, from, to, page)).map(toSlotType);
  }

  @Roles(Role.MENTOR)
  @MaxItems(MAX_SLOTS_PER_WINDOW)
  @Mutation(() => [OfficeHourSlotType], { description: 'The mentor themself; MENTOR_CONFLICT or ROOM_CONFLICT names what is in the way' })
  async publishOfficeHours(@CurrentUser() caller: AuthUser, @Args('input') input: PublishOfficeHoursInput): Promise<OfficeHourSlotType[]> {
    return (await this.slots.publish(caller, input)).map(toSlotType);
  }

  @Roles(Role.TRAINEE)
  @Mutation(() => OfficeHourSlotType, { description: 'A member of the start-up; CONFLICT if taken; at least 12 h ahead' })
  async bookOfficeHour(@CurrentUser() caller: AuthUser, @Args('input') input: BookOfficeHourInput): Promise<OfficeHourSlotType> {
    return toSlotType(await this.slots.book(caller, input));
  }

  @Mutation(() => OfficeHourSlotType, { description: 'The booking start-up or the mentor, before the slot starts' })
  async cancelOfficeHourBooking(
    @CurrentUser() caller: AuthUser,
    @Args('slotId', { type: () => ID }) slotId: string,
  ): Promise<OfficeHourSlotType> {
    return toSlotType(await this.slots.cancelBooking(caller, slotId));
  }

  @Roles(Role.MENTOR, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => OfficeHourSlotType, {
    description: 'The mentor or a coordinator of their hub takes back a slot that has not started; a booking on it is cancelled',
  })
  async withdrawOfficeHourSlot(
    @CurrentUser() caller: AuthUser,
    @Args('slotId', { type: () => ID }) slotId: string,
  ): Promise<OfficeHourSlotType> {
    return toSlotType(await this.slots.withdraw(caller, slotId));
  }

  @RowField(() => DateTimeScalar)
  async startsAt(this: void, slot: OfficeHourSlotType, { loaders }: GqlContext): Promise<string> {
    return inZone(slot.startsAt, await zoneOfSlot(loaders, slot));
  }

  @RowField(() => DateTimeScalar)
  async endsAt(this: void, slot: OfficeHourSlotType, { loaders }: GqlContext): Promise<string> {
    return inZone(slot.endsAt, await zoneOfSlot(loaders, slot));
  }

  @RowField(() => UserType)
  async mentor(this: void, slot: OfficeHourSlotType, { loaders }: GqlContext): Promise<UserType> {
    return userTypeById(loaders, slot.mentorId);
  }

  @RowField(() => RoomType, { nullable: true })
  async room(this: void, slot: OfficeHourSlotType, { loaders }: GqlContext): Promise<RoomType | null> {
    const room = slot.roomId ? await loaders.roomById.load(slot.roomId) : undefined;
    return room ? toRoomType(room) : null;
  }

  @RowField(() => StartupType, { nullable: true, description: 'null while free' })
  async bookedBy(this: void, slot: OfficeHourSlotType, { loaders }: GqlContext): Promise<StartupType | null> {
    const startup = slot.startupId ? await loaders.startupById.load(slot.startupId) : undefined;
    return startup ? toStartupType(startup) : null;
  }
}
