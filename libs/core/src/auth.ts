import { SetMetadata } from '@nestjs/common';
import { forbidden } from './errors.js';
import type { Locale } from './i18n.js';

export enum Role {
  ADMIN = 'ADMIN',
  COORDINATOR = 'COORDINATOR',
  MENTOR = 'MENTOR',
  TRAINEE = 'TRAINEE',
}

/** The caller, as loaded for each request from a verified access token. */
export interface AuthUser {
  id: string;
  role: Role;
  locale: Locale;
  hubIds: string[];
  /** The login (refresh family) the access token belongs to, when it came from one. */
  sessionId?: string;
}

export const IS_PUBLIC = 'sanggar:public';
export const REQUIRED_ROLES = 'sanggar:roles';

/** Opens a resolver or route to callers without a token. Everything else requires one. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only callers with one of these roles get through the guard (hub scope is still checked in services). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export function belongsToHub(user: AuthUser, hubId: string): boolean {
  return user.role === Role.ADMIN || user.hubIds.includes(hubId);
}

/** ADMIN anywhere; a COORDINATOR only in their own hubs. */
export function canManageHub(user: AuthUser, hubId: string): boolean {
  return user.role === Role.ADMIN || (user.role === Role.COORDINATOR && user.hubIds.includes(hubId));
}

export function requireHubManager(user: AuthUser, hubId: string): void {
  if (!canManageHub(user, hubId)) {
    throw forbidden({
      id: 'Hanya admin atau koordinator hub ini yang boleh melakukan ini',
      en: 'Only an admin or a coordinator of this hub may do this',
    });
  }
}
