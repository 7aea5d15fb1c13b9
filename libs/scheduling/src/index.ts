export * from './recurrence.js';
export * from './scheduling.errors.js';
export * from './scheduling.module.js';
export * from './scheduling.service.js';
export { SessionEntity, SessionStatus } from './session.entity.js';
export * from './calendar-feed.service.js';
