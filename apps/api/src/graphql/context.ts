import type { FastifyReply, FastifyRequest } from 'fastify';
import { type CohortEntity, CohortErrors } from '@sanggar/cohorts';
import { type AuthUser, type Locale, localeFromAcceptLanguage } from '@sanggar/core';
import { DEFAULT_TIMEZONE, HubErrors } from '@sanggar/hubs';
import { IdentityErrors, type ShownUser } from '@sanggar/identity';
import { type UserType, toUserType } from '../identity/user.type.js';
import type { LoggedRequest } from '../http/hardening.js';
import { ExecutionBudget } from './limits.js';
import type { LoaderFactory, Loaders } from './loaders.js';

export type { Loaders } from './loaders.js';

export interface GqlContext {
  req: FastifyRequest;
  reply: FastifyReply;
  loaders: Loaders;
  /** The caller's language: their profile once known, else the Accept-Language header. */
  locale: Locale;
  /** Set by the auth guard: the caller, loaded once per request and shared by every field. */
  userPromise?: Promise<AuthUser>;
  user?: AuthUser;
  /** The deadline and number of values this request may still use (see withExecutionBudget). */
  budget: ExecutionBudget;
}

/** The context once the caller is known: what a row field gets (see withRowResolvers). */
export type CallerContext = GqlContext & { user: AuthUser };

export function createContext(loaders: LoaderFactory, { req, reply }: { req: FastifyRequest; reply: FastifyReply }): GqlContext {
  // The request object, unlike this context, is the one the guard sees: the caller is kept on it.
  const caller = () => {
    const user = (req as LoggedRequest).caller;
    if (!user) throw new Error('a caller-scoped loader ran before the guard');
    return user;
  };
  return {
    req,
    reply,
    locale: localeFromAcceptLanguage(req.headers['accept-language']),
    loaders: loaders.create(caller),
    budget: new ExecutionBudget(),
  };
}

/** Loads users by id, skipping any that no longer exist. */
export async function loadUsers(loaders: Loaders, ids: string[]): Promise<ShownUser[]> {
  const users = await loaders.userById.loadMany(ids);
  return users.filter((user): user is ShownUser => user !== undefined && !(user instanceof Error));
}

/** A person by id, as the API shows them; NOT_FOUND when they no longer exist. */
export async function userTypeById(loaders: Loaders, id: string): Promise<UserType> {
  const user = await loaders.userById.load(id);
  if (!user) throw IdentityErrors.userNotFound();
  return toUserType(user);
}

/** The time zone of a hub, in which every instant about it is written (see DateTimeScalar). */
export async function zoneOfHub(loaders: Loaders, hubId: string): Promise<string> {
  const hub = await loaders.hubById.load(hubId);
  if (!hub) throw HubErrors.hubNotFound();
  return hub.timezone;
}

/** The time zone of what concerns the caller alone (their notifications): their hub's; Jakarta for an admin of none. */
export const zoneOfCaller = (loaders: Loaders, caller: AuthUser): Promise<string> =>
  caller.hubIds.length ? zoneOfHub(loaders, caller.hubIds[0]) : Promise.resolve(DEFAULT_TIMEZONE);

/** The time zone of a person's first hub. */
export async function zoneOfUser(loaders: Loaders, userId: string): Promise<string> {
  const [hubId] = await loaders.hubIdsByUserId.load(userId);
  return hubId ? zoneOfHub(loaders, hubId) : DEFAULT_TIMEZONE;
}

/** The time zone of a cohort's hub. */
export async function zoneOfCohort(loaders: Loaders, cohortId: string): Promise<string> {
  const cohort = await loaders.cohortById.load(cohortId);
  if (!cohort) throw CohortErrors.cohortNotFound();
  return zoneOfHub(loaders, cohort.hubId);
}

/**
 * A cohort as the caller may see it (NOT_FOUND otherwise), read once for every field of the request
 * that names it: the cohort query and the grading queue beside it share one statement.
 */
export async function visibleCohort(loaders: Loaders, id: string): Promise<CohortEntity> {
  const cohort = await loaders.visibleCohortById.load(id);
  if (!cohort) throw CohortErrors.cohortNotFound();
  // Fields that only need its hub (for the zone) ask by id: the same row.
  loaders.cohortById.prime(id, cohort);
  return cohort;
}

/** Who mentors a cohort, from the request's loader: the grading counts and the grading list share it. */
export const mentorsOf =
  (loaders: Loaders) =>
  (cohortId: string): Promise<readonly string[]> =>
    loaders.mentorIdsByCohortId.load(cohortId);
