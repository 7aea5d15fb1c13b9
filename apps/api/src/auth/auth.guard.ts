import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { type AuthUser, IS_PUBLIC, REQUIRED_ROLES, type Role, forbidden, unauthenticated } from '@sanggar/core';
import { IdentityService } from '@sanggar/identity';
import type { GqlContext } from '../graphql/context.js';

/** Where the guard keeps the caller: the GraphQL context, or the request for plain HTTP routes. */
type CallerHolder = Pick<GqlContext, 'userPromise' | 'user'> & Partial<Pick<GqlContext, 'locale'>>;

export function callerHolder(context: ExecutionContext): { holder: CallerHolder; req: FastifyRequest } {
  if (context.getType<string>() === 'graphql') {
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    return { holder: ctx, req: ctx.req };
  }
  const req = context.switchToHttp().getRequest<FastifyRequest & CallerHolder>();
  return { holder: req, req };
}

/**
 * Global guard: every resolver, field resolver and route needs a valid access token unless marked
 * @Public(); @Roles() narrows further. The caller is loaded once per request and shared.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly identity: IdentityService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const { holder, req } = callerHolder(context);
    holder.userPromise ??= this.loadCaller(req, holder);
    const user = await holder.userPromise;
    holder.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(user.role)) throw forbidden();
    return true;
  }

  private async loadCaller(req: FastifyRequest, holder: CallerHolder): Promise<AuthUser> {
    const header = req.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw unauthenticated();
    const user = await this.identity.authUser(token);
    holder.locale = user.locale;
    return user;
  }
}
