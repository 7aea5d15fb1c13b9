import DataLoader from 'dataloader';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthUser, type Locale, localeFromAcceptLanguage } from '@sanggar/core';
import type { HubEntity, HubsService, RoomEntity } from '@sanggar/hubs';
import type { IdentityService, UserEntity } from '@sanggar/identity';

/** Batching loaders, made anew for each request so nothing is cached across callers. */
export function createLoaders(services: { identity: IdentityService; hubs: HubsService }) {
  return {
    hubById: new DataLoader<string, HubEntity | undefined>((ids) => services.hubs.hubsByIds(ids)),
    roomsByHubId: new DataLoader<string, RoomEntity[]>((ids) => services.hubs.roomsByHubIds(ids)),
    userById: new DataLoader<string, UserEntity | undefined>((ids) => services.identity.usersByIds(ids)),
    hubIdsByUserId: new DataLoader<string, string[]>((ids) => services.identity.hubIdsByUserIds(ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GqlContext {
  req: FastifyRequest;
  reply: FastifyReply;
  loaders: Loaders;
  /** The caller's language: their profile once known, else the Accept-Language header. */
  locale: Locale;
  /** Set by the auth guard: the caller, loaded once per request and shared by every field. */
  userPromise?: Promise<AuthUser>;
  user?: AuthUser;
}

export function createContext(
  services: { identity: IdentityService; hubs: HubsService },
  { req, reply }: { req: FastifyRequest; reply: FastifyReply },
): GqlContext {
  return { req, reply, loaders: createLoaders(services), locale: localeFromAcceptLanguage(req.headers['accept-language']) };
}
