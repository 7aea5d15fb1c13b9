import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { type AuthUser, unauthenticated } from '@sanggar/core';
import { callerHolder } from './auth.guard.js';

/** The authenticated caller (the guard has loaded it before any resolver runs). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const { holder } = callerHolder(context);
  if (!holder.user) throw unauthenticated();
  return holder.user;
});
