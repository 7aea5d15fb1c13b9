import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { OutboxEntity } from './outbox.entity.js';
import { OutboxService } from './outbox.service.js';
import { Queues, REDIS } from './queues.js';
import { RateLimiter } from './rate-limiter.js';

/** Redis, queue producers and the outbox, for every process. The app passes in its connected Redis. */
@Global()
@Module({})
export class QueueModule {
  static forRoot(redis: Redis) {
    return {
      module: QueueModule,
      imports: [TypeOrmModule.forFeature([OutboxEntity])],
      providers: [{ provide: REDIS, useValue: redis }, Queues, OutboxService, RateLimiter],
      exports: [REDIS, Queues, OutboxService, RateLimiter],
    };
  }
}
