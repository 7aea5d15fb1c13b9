import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IANAZone } from 'luxon';
import { Repository } from 'typeorm';
import { type AuthUser, type ListWindow, Role, belongsToHub, forbidden, givenFields, requireHubManager } from '@sanggar/core';
import { type CappedList, PgError, hasRoomFor, pgCode, rowsByIds, rowsByParentIds } from '@sanggar/database';
import { HubEntity } from './hub.entity.js';
import { HubErrors } from './hubs.errors.js';
import { RoomEntity } from './room.entity.js';

export const DEFAULT_TIMEZONE = 'Asia/Jakarta';

/** A converted office building has a dozen rooms; the Hub.rooms list is capped here. */
export const MAX_ROOMS_PER_HUB = 100;
const ROOMS_OF_HUB: CappedList = { parentTable: 'hub', table: 'room', parentColumn: 'hub_id', max: MAX_ROOMS_PER_HUB };

/** Writes what a patch gives (nothing when it gives nothing); a name another row holds becomes `taken`. */
async function patchUnique<T extends { id: string }>(
  repository: Repository<T>,
  id: string,
  patch: Partial<T>,
  taken: () => Error,
): Promise<void> {
  const changes = givenFields(patch);
  if (Object.keys(changes).length === 0) return;
  try {
    await repository.update(id, changes as Parameters<Repository<T>['update']>[1]);
  } catch (error) {
    if (pgCode(error) === PgError.UniqueViolation) throw taken();
    throw error;
  }
}

export interface CreateHub {
  name: string;
  city: string;
  timezone?: string | null;
}

export interface CreateRoom {
  hubId: string;
  name: string;
  capacity: number;
}

@Injectable()
export class HubsService {
  constructor(
    @InjectRepository(HubEntity) private readonly hubs: Repository<HubEntity>,
    @InjectRepository(RoomEntity) private readonly rooms: Repository<RoomEntity>,
  ) {}

  listHubs(window: ListWindow): Promise<HubEntity[]> {
    return this.hubs.find({ order: { name: 'ASC', id: 'ASC' }, take: window.first, skip: window.offset });
  }

  async hasHubs(): Promise<boolean> {
    return this.hubs.exists();
  }

  async getHub(id: string): Promise<HubEntity> {
    const hub = await this.hubs.findOneBy({ id });
    if (!hub) throw HubErrors.hubNotFound();
    return hub;
  }

  async getRoom(id: string): Promise<RoomEntity | null> {
    return this.rooms.findOneBy({ id });
  }

  /** Batch loader: hubs in the order of the ids asked for (undefined where missing). */
  hubsByIds(ids: readonly string[]): Promise<(HubEntity | undefined)[]> {
    return rowsByIds(this.hubs, ids);
  }

  /** Batch loader: rooms in the order of the ids asked for (undefined where missing). */
  roomsByIds(ids: readonly string[]): Promise<(RoomEntity | undefined)[]> {
    return rowsByIds(this.rooms, ids);
  }

  /** Batch loader: each hub's rooms, by name. */
  roomsByHubIds(hubIds: readonly string[]): Promise<RoomEntity[][]> {
    return rowsByParentIds(this.rooms, 'hubId', hubIds, { name: 'ASC' });
  }

  /** ADMIN, or a COORDINATOR of the hub: its time zone and whether sign-ups wait for approval. */
  /** Time zone and sign-up approval by the hub's managers; the name and city by admins only. */
  async updateHub(
    user: AuthUser,
    input: { id: string; name?: string; city?: string; timezone?: string; signupApproval?: boolean },
  ): Promise<HubEntity> {
    const hub = await this.getHub(input.id);
    requireHubManager(user, hub.id);
    if ((input.name || input.city) && user.role !== Role.ADMIN) throw forbidden();
    if (input.timezone && !IANAZone.isValidZone(input.timezone)) throw HubErrors.unknownTimezone(input.timezone);
    const { id, ...patch } = input;
    await patchUnique(this.hubs, id, patch, () => HubErrors.hubNameTaken(patch.name ?? hub.name));
    return this.getHub(hub.id);
  }

  /** ADMIN only (the guard checks the role). */
  async createHub(input: CreateHub): Promise<HubEntity> {
    const timezone = input.timezone ?? DEFAULT_TIMEZONE;
    if (!IANAZone.isValidZone(timezone)) throw HubErrors.unknownTimezone(timezone);
    try {
      return await this.hubs.save(this.hubs.create({ name: input.name, city: input.city, timezone }));
    } catch (error) {
      if (pgCode(error) === PgError.UniqueViolation) throw HubErrors.hubNameTaken(input.name);
      throw error;
    }
  }

  async createRoom(user: AuthUser, input: CreateRoom): Promise<RoomEntity> {
    await this.getHub(input.hubId);
    requireHubManager(user, input.hubId);
    try {
      return await this.rooms.manager.transaction(async (manager) => {
        if (!(await hasRoomFor(manager, ROOMS_OF_HUB, input.hubId))) throw HubErrors.tooManyRooms(MAX_ROOMS_PER_HUB);
        return manager.save(manager.create(RoomEntity, input));
      });
    } catch (error) {
      if (pgCode(error) === PgError.UniqueViolation) throw HubErrors.roomNameTaken(input.name);
      throw error;
    }
  }

  /** Renames or resizes a room; a name another room of the hub has is refused. */
  async updateRoom(user: AuthUser, id: string, patch: { name?: string; capacity?: number }): Promise<RoomEntity> {
    const room = await this.getRoom(id);
    if (!room || !belongsToHub(user, room.hubId)) throw HubErrors.roomNotFound();
    requireHubManager(user, room.hubId);
    await patchUnique(this.rooms, id, patch, () => HubErrors.roomNameTaken(patch.name ?? room.name));
    return this.rooms.findOneByOrFail({ id });
  }
}
