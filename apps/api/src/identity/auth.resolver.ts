import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { type AuthUser, Public } from '@sanggar/core';
import { IdentityService, type Session } from '@sanggar/identity';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { ChangePasswordInput, LoginInput, RegisterInput, ResetPasswordInput } from './identity.inputs.js';
import { AuthPayloadType, toUserType } from './user.type.js';

const toAuthPayload = ({ user, accessToken, refreshToken }: Session): AuthPayloadType => ({
  accessToken,
  refreshToken,
  user: { ...toUserType(user), isViewer: true },
});

@Resolver()
export class AuthResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Signs up a TRAINEE of the hub and emails a link to confirm the address (no login before). ' +
      'Answers true whether or not the email already has an account; its owner is told someone tried',
  })
  async register(@Args('input') input: RegisterInput, @Context() ctx: GqlContext): Promise<boolean> {
    await this.identity.register({ ...input, acceptsPrivacyNotice: input.acceptPrivacyNotice }, ctx.req.ip);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'FORBIDDEN with reason EMAIL_NOT_VERIFIED (a new link is sent) or ACCOUNT_DEACTIVATED' })
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayloadType> {
    return toAuthPayload(await this.identity.login(input.email, input.password, ctx.req.ip));
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async refreshToken(@Args('token', { type: () => String }) token: string): Promise<AuthPayloadType> {
    return toAuthPayload(await this.identity.refresh(token));
  }

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'The link of the confirmation email; logs the person in' })
  async verifyEmail(@Args('token', { type: () => String }) token: string): Promise<AuthPayloadType> {
    return toAuthPayload(await this.identity.verifyEmail(token.slice(0, 200)));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Emails a reset link (valid 30 minutes, once) if the address has an account; always true' })
  async requestPasswordReset(@Args('email', { type: () => String }) email: string, @Context() ctx: GqlContext): Promise<boolean> {
    await this.identity.requestPasswordReset(email.slice(0, 254), ctx.req.ip);
    return true;
  }

  @Public()
  @Mutation(() => AuthPayloadType, {
    description: 'With the link of a reset or invitation email: sets the password, ends every other login, logs in',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<AuthPayloadType> {
    return toAuthPayload(await this.identity.resetPassword(input.token, input.newPassword));
  }

  @Mutation(() => Boolean, { description: 'Needs the current password; every other login of mine ends' })
  async changePassword(@CurrentUser() caller: AuthUser, @Args('input') input: ChangePasswordInput, @Context() ctx: GqlContext) {
    await this.identity.changePassword(caller, input.currentPassword, input.newPassword, ctx.req.ip);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends this login: its refresh token and access tokens stop working' })
  async logout(@CurrentUser() caller: AuthUser): Promise<boolean> {
    await this.identity.logout(caller);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every login of mine, on every device' })
  async logoutEverywhere(@CurrentUser() caller: AuthUser): Promise<boolean> {
    await this.identity.logoutEverywhere(caller);
    return true;
  }
}
