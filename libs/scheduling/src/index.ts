export * from './calendar-event.js';
export * from './cohort-cancellation.service.js';
export * from './recurrence.js';
export { ReservationKind } from './reservation.entity.js';
export * from './reservations.service.js';
export * from './scheduling.errors.js';
export * from './scheduling.module.js';
export * from './scheduling.service.js';
export { SessionEntity, SessionStatus } from './session.entity.js';
