import { OutboxEntity } from './outbox.entity.js';

export { OutboxEntity };
export * from './handler.js';
export * from './jobs.js';
export * from './outbox.service.js';
export * from './queue.module.js';
export * from './queues.js';
export * from './rate-limiter.js';
export * from './redis.js';

export const queueEntities = [OutboxEntity];
