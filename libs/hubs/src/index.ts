import { HubEntity } from './hub.entity.js';
import { RoomEntity } from './room.entity.js';

export { HubEntity, RoomEntity };
export * from './hubs.errors.js';
export * from './hubs.module.js';
export * from './hubs.service.js';

export const hubEntities = [HubEntity, RoomEntity];
