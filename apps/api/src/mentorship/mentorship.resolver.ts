import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type AuthUser, Role, Roles } from '@sanggar/core';
import { HubErrors } from '@sanggar/hubs';
import { MAX_MENTORS_PER_STARTUP, MAX_STARTUP_MEMBERS, type MentorProfile, MentorshipService } from '@sanggar/mentorship';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { type GqlContext, userTypeById } from '../graphql/context.js';
import { RowField, RowList } from '../graphql/row-fields.js';
import { capped, PageArgs, firstOf } from '../graphql/lists.js';
import { HubType, toHubType } from '../hubs/hub.type.js';
import { UserType, toUserType } from '../identity/user.type.js';
import { MentorMatchType, MentorProfileType } from './mentor.type.js';
import { CreateStartupInput, UpdateMentorProfileInput } from './mentorship.inputs.js';
import { OfficeHoursResolver } from './office-hours.resolver.js';
import { StartupType, toStartupType } from './startup.type.js';

@Resolver(() => MentorProfileType)
class MentorProfileResolver {
  constructor(private readonly mentorship: MentorshipService) {}

  @Query(() => [MentorProfileType])
  async mentors(
    @CurrentUser() caller: AuthUser,
    @Args('hubId', { type: () => ID }) hubId: string,
    @Args() page: PageArgs,
    @Args('expertise', { type: () => String, nullable: true }) expertise?: string,
  ): Promise<MentorProfile[]> {
    return this.mentorship.mentorsOf(caller, hubId, expertise, page);
  }

  @Roles(Role.MENTOR)
  @Query(() => MentorProfileType, { description: 'The calling mentor’s own profile: what matching uses' })
  myMentorProfile(@CurrentUser() caller: AuthUser): Promise<MentorProfile> {
    return this.mentorship.profileOf(caller.id);
  }

  @Roles(Role.MENTOR)
  @Mutation(() => MentorProfileType, { description: 'The mentor themself' })
  updateMentorProfile(@CurrentUser() caller: AuthUser, @Args('input') input: UpdateMentorProfileInput): Promise<MentorProfile> {
    return this.mentorship.updateProfile(caller, input);
  }

  @RowField(() => UserType)
  async mentor(this: void, profile: MentorProfileType, { loaders }: GqlContext): Promise<UserType> {
    return userTypeById(loaders, profile.mentorId);
  }
}

@Resolver(() => StartupType)
class StartupResolver {
  constructor(private readonly mentorship: MentorshipService) {}

  @Query(() => [StartupType], { description: 'Coordinators: the hub’s start-ups; mentors: those they mentor; trainees: their own' })
  async startups(
    @CurrentUser() caller: AuthUser,
    @Args('hubId', { type: () => ID }) hubId: string,
    @Args() page: PageArgs,
  ): Promise<StartupType[]> {
    return (await this.mentorship.startupsOf(caller, hubId, page)).map(toStartupType);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => StartupType, { description: 'Members are trainees of the hub, each in one start-up at most' })
  async createStartup(@CurrentUser() caller: AuthUser, @Args('input') input: CreateStartupInput): Promise<StartupType> {
    return toStartupType(await this.mentorship.createStartup(caller, input));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => StartupType, { description: 'CAPACITY_EXCEEDED beyond the mentor’s maxMentees; idempotent' })
  async assignStartupMentor(
    @CurrentUser() caller: AuthUser,
    @Args('startupId', { type: () => ID }) startupId: string,
    @Args('mentorId', { type: () => ID }) mentorId: string,
  ): Promise<StartupType> {
    return toStartupType(await this.mentorship.assignMentor(caller, startupId, mentorId));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => [MentorMatchType], { description: 'The hub’s mentors with room for this start-up, best first, with reasons' })
  async suggestMentors(
    @CurrentUser() caller: AuthUser,
    @Context() { locale }: GqlContext,
    @Args('startupId', { type: () => ID }) startupId: string,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 5 }) limit: number | null,
  ): Promise<MentorMatchType[]> {
    return (await this.mentorship.suggest(caller, startupId, limit ?? 5)).map((match) => ({
      ...match,
      reasons: match.reasons.map((reason) => reason[locale]),
    }));
  }

  @RowField(() => HubType)
  async hub(this: void, startup: StartupType, { loaders }: GqlContext): Promise<HubType> {
    const hub = await loaders.hubById.load(startup.hubId);
    if (!hub) throw HubErrors.hubNotFound();
    return toHubType(hub);
  }

  @RowList(() => [UserType], capped(MAX_STARTUP_MEMBERS), { description: 'trainees' })
  async members(this: void, startup: StartupType, { loaders }: GqlContext, first: number): Promise<UserType[]> {
    return firstOf((await loaders.peopleByStartupId.load(startup.id)).members, first).map(toUserType);
  }

  @RowList(() => [UserType], capped(MAX_MENTORS_PER_STARTUP))
  async mentors(this: void, startup: StartupType, { loaders }: GqlContext, first: number): Promise<UserType[]> {
    return firstOf((await loaders.peopleByStartupId.load(startup.id)).mentors, first).map(toUserType);
  }
}

@Resolver(() => MentorMatchType)
class MentorMatchResolver {
  @RowField(() => UserType)
  async mentor(this: void, match: MentorMatchType, { loaders }: GqlContext): Promise<UserType> {
    return userTypeById(loaders, match.mentorId);
  }
}

export const mentorshipResolvers = [MentorProfileResolver, StartupResolver, MentorMatchResolver, OfficeHoursResolver];
