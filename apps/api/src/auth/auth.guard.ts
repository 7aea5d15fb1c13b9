import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import { type AuthUser, IS_PUBLIC, REQUIRED_ROLES, type Role, forbidden, unauthenticated } from '@sanggar/core';
import { IdentityService } from '@sanggar/identity';
import type { GqlContext } from '../graphql/context.js';
import type { LoggedRequest } from '../http/hardening.js';

/** Where the guard keeps the caller: the GraphQL context (with the request's loaders), or the request for plain HTTP routes. */
type CallerHolder = Pick<GqlContext, 'userPromise' | 'user'> & Partial<Pick<GqlContext, 'locale' | 'loaders'>>;

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
    const user = await callerOf(holder, req, this.identity);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles && !roles.includes(user.role)) throw forbidden();
    return true;
  }
}

const bearerToken = (req: FastifyRequest) => {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || undefined : undefined;
};

/** The caller of the request, loaded once and shared by every field; UNAUTHENTICATED without a valid token. */
export function callerOf(holder: CallerHolder, req: FastifyRequest, identity: IdentityService): Promise<AuthUser> {
  holder.userPromise ??= (async () => {
    const token = bearerToken(req);
    if (!token) throw unauthenticated();
    const { caller: user, shown } = await identity.authenticated(token);
    // The caller's own row came with the check: a field that shows them (`me`) reads it from here.
    holder.loaders?.userById.prime(user.id, shown);
    holder.locale = user.locale;
    holder.user = user;
    (req as LoggedRequest).caller = user;
    return user;
  })();
  return holder.userPromise;
}

/** For a public field that shows more to some callers: the caller when the request carries a token, else undefined. */
export const callerIfAny = (holder: CallerHolder, req: FastifyRequest, identity: IdentityService): Promise<AuthUser | undefined> =>
  bearerToken(req) ? callerOf(holder, req, identity) : Promise.resolve(undefined);
