import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '@sanggar/core';
import { IdentityService, type Session } from '@sanggar/identity';
import type { GqlContext } from '../graphql/context.js';
import { LoginInput, RegisterInput } from './identity.inputs.js';
import { AuthPayloadType, toUserType } from './user.type.js';

const toAuthPayload = ({ user, accessToken, refreshToken }: Session): AuthPayloadType => ({
  accessToken,
  refreshToken,
  user: toUserType(user),
});

@Resolver()
export class AuthResolver {
  constructor(private readonly identity: IdentityService) {}

  @Public()
  @Mutation(() => AuthPayloadType, { description: 'Creates a TRAINEE of the hub and logs them in' })
  async register(@Args('input') input: RegisterInput): Promise<AuthPayloadType> {
    return toAuthPayload(await this.identity.register(input));
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async login(@Args('input') input: LoginInput, @Context() ctx: GqlContext): Promise<AuthPayloadType> {
    return toAuthPayload(await this.identity.login(input.email, input.password, ctx.req.ip));
  }

  @Public()
  @Mutation(() => AuthPayloadType)
  async refreshToken(@Args('token', { type: () => String }) token: string): Promise<AuthPayloadType> {
    return toAuthPayload(await this.identity.refresh(token));
  }
}
