import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type AuthUser, Public, Role, Roles } from '@sanggar/core';
import { HubErrors, HubsService, MAX_ROOMS_PER_HUB } from '@sanggar/hubs';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { FirstOf, PageArgs, firstOf } from '../graphql/lists.js';
import { HubType, RoomType, toHubType, toRoomType } from './hub.type.js';
import { CreateHubInput, CreateRoomInput, UpdateRoomInput, UpdateHubInput } from './hubs.inputs.js';

@Resolver(() => HubType)
export class HubResolver {
  constructor(private readonly hubsService: HubsService) {}

  @Public()
  @Query(() => [HubType], { description: 'Public: a registration form lists the hubs and their rooms' })
  async hubs(@Args() page: PageArgs): Promise<HubType[]> {
    return (await this.hubsService.listHubs(page)).map(toHubType);
  }

  @Public()
  @Query(() => HubType, { description: 'Public, like hubs: one hub and its rooms' })
  async hub(@Args('id', { type: () => ID }) id: string, @Context() { loaders }: GqlContext): Promise<HubType> {
    // Through the request's loader: the fields beside it that need the hub's zone read the same row.
    const hub = await loaders.hubById.load(id);
    if (!hub) throw HubErrors.hubNotFound();
    return toHubType(hub);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => HubType)
  async createHub(@Args('input') input: CreateHubInput): Promise<HubType> {
    return toHubType(await this.hubsService.createHub(input));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => HubType, { description: 'ADMIN, or a COORDINATOR of the hub' })
  async updateHub(@CurrentUser() caller: AuthUser, @Args('input') input: UpdateHubInput): Promise<HubType> {
    return toHubType(await this.hubsService.updateHub(caller, input));
  }

  @Public()
  @ResolveField(() => [RoomType], { description: 'By name' })
  async rooms(@Parent() hub: HubType, @Context() { loaders }: GqlContext, @FirstOf(MAX_ROOMS_PER_HUB) first: number): Promise<RoomType[]> {
    return firstOf(await loaders.roomsByHubId.load(hub.id), first).map(toRoomType);
  }
}

@Resolver(() => RoomType)
export class RoomResolver {
  constructor(private readonly hubs: HubsService) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => RoomType, { description: 'ADMIN, or a COORDINATOR of the hub' })
  async createRoom(@CurrentUser() caller: AuthUser, @Args('input') input: CreateRoomInput): Promise<RoomType> {
    return toRoomType(await this.hubs.createRoom(caller, input));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => RoomType, { description: 'Renames or resizes a room of a hub the caller manages' })
  async updateRoom(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateRoomInput,
  ): Promise<RoomType> {
    return toRoomType(await this.hubs.updateRoom(caller, id, input));
  }

  @Public()
  @ResolveField(() => HubType)
  async hub(@Parent() room: RoomType, @Context() { loaders }: GqlContext): Promise<HubType> {
    const hub = await loaders.hubById.load(room.hubId);
    if (!hub) throw HubErrors.hubNotFound();
    return toHubType(hub);
  }
}
