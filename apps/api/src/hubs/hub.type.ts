import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { HubEntity, RoomEntity } from '@sanggar/hubs';

@ObjectType('Hub')
export class HubType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  city: string;

  @Field(() => String, { description: 'IANA time zone, Asia/Jakarta unless the hub says otherwise' })
  timezone: string;

  @Field(() => Boolean, { description: 'Self-registered trainees see nothing of the hub until a coordinator approves them' })
  signupApproval: boolean;
}

export const toHubType = (hub: HubEntity): HubType => ({
  id: hub.id,
  name: hub.name,
  city: hub.city,
  timezone: hub.timezone,
  signupApproval: hub.signupApproval,
});

@ObjectType('Room')
export class RoomType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  capacity: number;

  hubId: string;
}

export const toRoomType = (room: RoomEntity): RoomType => ({ id: room.id, name: room.name, capacity: room.capacity, hubId: room.hubId });
