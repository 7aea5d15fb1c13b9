import { randomBytes } from 'node:crypto';
import { type AuthUser, Locale, Role } from '@sanggar/core';
import { type HubEntity, HubsService, type RoomEntity } from '@sanggar/hubs';
import { IdentityService, type UserEntity } from '@sanggar/identity';
import type { TestApp } from './harness.js';

export const FACTORY_PASSWORD = 'rahasia-sekali';

/** Acts with every permission, so factories can build any fixture directly through the services. */
const SYSTEM: AuthUser = { id: '00000000-0000-0000-0000-000000000000', role: Role.ADMIN, locale: Locale.id, hubIds: [] };

const unique = () => randomBytes(4).toString('hex');

export interface Person {
  user: UserEntity;
  email: string;
  password: string;
  token: string;
}

/** One-line builders of hubs, rooms and people (with a fresh access token) for tests. */
export class Factory {
  constructor(private readonly app: TestApp) {}

  hub(overrides: Partial<Pick<HubEntity, 'name' | 'city' | 'timezone'>> = {}): Promise<HubEntity> {
    return this.app.get(HubsService).createHub({ name: `Hub ${unique()}`, city: 'Semarang', ...overrides });
  }

  room(hubId: string, overrides: Partial<Pick<RoomEntity, 'name' | 'capacity'>> = {}): Promise<RoomEntity> {
    return this.app.get(HubsService).createRoom(SYSTEM, { hubId, name: `Ruang ${unique()}`, capacity: 30, ...overrides });
  }

  async person(role: Role, hubId?: string, overrides: { locale?: Locale; fullName?: string } = {}): Promise<Person> {
    const identity = this.app.get(IdentityService);
    const email = `${role.toLowerCase()}-${unique()}@test.sanggar.id`;
    const user = await identity.createUser(SYSTEM, {
      email,
      password: FACTORY_PASSWORD,
      fullName: overrides.fullName ?? `${role} ${unique()}`,
      role,
      hubId,
      locale: overrides.locale ?? Locale.id,
    });
    const { accessToken } = await identity.login(email, FACTORY_PASSWORD, '10.0.0.1');
    return { user, email, password: FACTORY_PASSWORD, token: accessToken };
  }

  admin = () => this.person(Role.ADMIN);
  coordinator = (hubId: string) => this.person(Role.COORDINATOR, hubId);
  mentor = (hubId: string) => this.person(Role.MENTOR, hubId);
  trainee = (hubId: string, overrides?: { locale?: Locale; fullName?: string }) => this.person(Role.TRAINEE, hubId, overrides);
}
