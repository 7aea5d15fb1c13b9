import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '@sanggar/core';
import { Clock, Public, Role, Roles } from '@sanggar/core';
import type { HubEntity } from '@sanggar/hubs';
import { IdentityService, PRIVACY_NOTICE_VERSION, needsGuardianConsent } from '@sanggar/identity';
import { callerIfAny } from '../auth/auth.guard.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { type GqlContext, userTypeById, zoneOfUser } from '../graphql/context.js';
import { inZone } from '../graphql/scalars.js';
import { FirstUpTo, MaxItems, PageArgs, firstOf } from '../graphql/lists.js';
import { HubType, toHubType } from '../hubs/hub.type.js';
import {
  CreateUserInput,
  InviteUsersInput,
  MAX_INVITES,
  RecordGuardianConsentInput,
  UpdateMyProfileInput,
  UpdateUserInput,
} from './identity.inputs.js';
import { GuardianConsentType, InvitationType, UserType, toUserType } from './user.type.js';

/** Most people belong to one hub; a mentor may volunteer in a few. */
export const HUBS_OF_A_PERSON = { default: 20, max: 50 };

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly clock: Clock,
  ) {}

  @Query(() => UserType)
  async me(@CurrentUser() caller: AuthUser, @Context() { loaders }: GqlContext): Promise<UserType> {
    return userTypeById(loaders, caller.id);
  }

  @Mutation(() => UserType, { description: 'My own name and language' })
  async updateMyProfile(@CurrentUser() caller: AuthUser, @Args('input') input: UpdateMyProfileInput): Promise<UserType> {
    return toUserType(await this.identity.updateMyProfile(caller, input));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => UserType, { description: 'ADMIN: any role in any hub; COORDINATOR: MENTOR or TRAINEE in their own hub' })
  async createUser(@CurrentUser() caller: AuthUser, @Args('input') input: CreateUserInput): Promise<UserType> {
    return toUserType(await this.identity.createUser(caller, input));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => UserType, {
    description: 'ADMIN: anyone but themself; COORDINATOR: mentors and trainees of their hub. Every login of the person ends at once',
  })
  async deactivateUser(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return toUserType(await this.identity.setActive(caller, id, false));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @MaxItems(MAX_INVITES)
  @Mutation(() => [InvitationType], {
    description: 'Invites up to 200 people to a hub (same rights as createUser): each gets an email to choose a password',
  })
  async inviteUsers(@CurrentUser() caller: AuthUser, @Args('input') input: InviteUsersInput): Promise<InvitationType[]> {
    const invitations = await this.identity.inviteMany(caller, input.hubId, input.people);
    return invitations.map(({ email, user }) => ({ email, user: user && toUserType(user) }));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => UserType, {
    description: 'Corrects a member’s name (same rights as deactivateUser); issued certificates keep theirs until reissued',
  })
  async updateUser(
    @CurrentUser() caller: AuthUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<UserType> {
    return toUserType(await this.identity.correctName(caller, id, input.fullName));
  }

  @Public()
  @Query(() => String, { description: 'The version of the privacy notice people accept now (the web app shows its text)' })
  privacyNoticeVersion(): string {
    return PRIVACY_NOTICE_VERSION;
  }

  @Mutation(() => UserType, {
    description: 'I read and accept the privacy notice of this version (BAD_USER_INPUT when it is not the current one)',
  })
  async acceptPrivacyNotice(@CurrentUser() caller: AuthUser, @Args('version') version: string): Promise<UserType> {
    return toUserType(await this.identity.acceptPrivacyNotice(caller, version));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => UserType, {
    description:
      'Records a parent’s or guardian’s consent for a trainee who may be under 18 (same rights as updateUser); needed before enrolling them',
  })
  async recordGuardianConsent(@CurrentUser() caller: AuthUser, @Args('input') input: RecordGuardianConsentInput): Promise<UserType> {
    return toUserType(await this.identity.recordGuardianConsent(caller, input));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => UserType, { description: 'Undoes deactivateUser (same rights)' })
  async reactivateUser(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return toUserType(await this.identity.setActive(caller, id, true));
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => [UserType], { description: 'Self-registered trainees waiting for approval (hubs that approve sign-ups), oldest first' })
  async pendingMembers(
    @CurrentUser() caller: AuthUser,
    @Args('hubId', { type: () => ID }) hubId: string,
    @Args() page: PageArgs,
  ): Promise<UserType[]> {
    return (await this.identity.pendingMembers(caller, hubId, page)).map(toUserType);
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Mutation(() => UserType, { description: 'The trainee now sees the hub; idempotent' })
  async approveMember(
    @CurrentUser() caller: AuthUser,
    @Args('hubId', { type: () => ID }) hubId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<UserType> {
    return toUserType(await this.identity.approveMember(caller, hubId, userId));
  }

  // Public because a login's payload has no token yet: the caller is then the person logging in.
  @Public()
  @ResolveField(() => String, {
    nullable: true,
    description:
      'Only for the person, admins, coordinators of a hub they belong to and (for trainees) the mentors of their cohorts; null for everyone else',
  })
  async email(@Parent() user: UserType, @Context() context: GqlContext): Promise<string | null> {
    return (await this.maySeeContact(user, context)) ? user.emailAddress : null;
  }

  @Public()
  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'false once deactivated (no login works); shown to the same people as the email, null for everyone else',
  })
  async active(@Parent() user: UserType, @Context() context: GqlContext): Promise<boolean | null> {
    return (await this.maySeeContact(user, context)) ? user.deactivatedAt === null : null;
  }

  @Public()
  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether I accepted the current privacy notice (false: show it before anything else); null for anyone but me',
  })
  async privacyNoticeAccepted(@Parent() user: UserType, @Context() context: GqlContext): Promise<boolean | null> {
    const caller = user.isViewer ? undefined : await callerIfAny(context, context.req, this.identity);
    return user.isViewer || caller?.id === user.id ? user.privacyNoticeVersion === PRIVACY_NOTICE_VERSION : null;
  }

  @Public()
  @ResolveField(() => Int, { nullable: true, description: 'Given by the person, optional; shown to the same people as the email' })
  async birthYear(@Parent() user: UserType, @Context() context: GqlContext): Promise<number | null> {
    return (await this.maySeeContact(user, context)) ? user.birthYearGiven : null;
  }

  @Public()
  @ResolveField(() => GuardianConsentType, { nullable: true, description: 'Shown to the same people as the email' })
  async guardianConsent(@Parent() user: UserType, @Context() context: GqlContext): Promise<GuardianConsentType | null> {
    if (!(await this.maySeeContact(user, context))) return null;
    const consent = await context.loaders.guardianConsentByUserId.load(user.id);
    return consent ? { ...consent, recordedAt: inZone(consent.recordedAt, await zoneOfUser(context.loaders, user.id)) } : null;
  }

  @Public()
  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'May be under 18 (by birth year) with no guardian’s consent recorded: cannot be enrolled yet. Shown to the same people as the email',
  })
  async needsGuardianConsent(@Parent() user: UserType, @Context() context: GqlContext): Promise<boolean | null> {
    if (!(await this.maySeeContact(user, context))) return null;
    const consented = (await context.loaders.guardianConsentByUserId.load(user.id)) !== undefined;
    return needsGuardianConsent(user.birthYearGiven, consented, this.clock.now());
  }

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => UserType, { description: 'A person of a hub the caller coordinates (or anyone, for an admin), for their page' })
  async person(@CurrentUser() caller: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<UserType> {
    return toUserType(await this.identity.memberOf(caller, id));
  }

  /** The person, admins, coordinators of a hub they belong to and (for trainees) the mentors of their cohorts. */
  private async maySeeContact(user: UserType, context: GqlContext): Promise<boolean> {
    if (user.isViewer) return true;
    const caller = await callerIfAny(context, context.req, this.identity);
    const { loaders } = context;
    return (
      caller !== undefined &&
      (caller.id === user.id ||
        caller.role === Role.ADMIN ||
        (caller.role === Role.COORDINATOR &&
          (await loaders.allHubIdsByUserId.load(user.id)).some((hubId) => caller.hubIds.includes(hubId))) ||
        (caller.role === Role.MENTOR && user.role === Role.TRAINEE && (await loaders.isMenteeOfCaller.load(user.id))))
    );
  }

  // Public so the user in a login or register payload can show their hubs; a User is only ever
  // reachable through an authorised operation, and hub names are public anyway.
  @Public()
  @ResolveField(() => [HubType])
  async hubs(@Parent() user: UserType, @Context() { loaders }: GqlContext, @FirstUpTo(HUBS_OF_A_PERSON) first: number): Promise<HubType[]> {
    const hubs = await loaders.hubById.loadMany(firstOf(await loaders.hubIdsByUserId.load(user.id), first));
    return hubs.filter((hub): hub is HubEntity => hub !== undefined && !(hub instanceof Error)).map(toHubType);
  }
}
