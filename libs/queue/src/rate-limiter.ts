import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '@sanggar/core';
import { REDIS } from './queues.js';

/** At most `limit` units per `windowSeconds` under one key (a fixed window that starts with its first unit). */
export interface Budget {
  key: string;
  limit: number;
  windowSeconds: number;
}

export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// All or nothing, in one step: when any budget is spent nothing is taken and the longest wait is returned.
const RESERVE = `
local wait = 0
for i = 1, #KEYS do
  if tonumber(redis.call('GET', KEYS[i]) or '0') >= tonumber(ARGV[2 * i - 1]) then
    wait = math.max(wait, redis.call('TTL', KEYS[i]), 1)
  end
end
if wait > 0 then return wait end
for i = 1, #KEYS do
  if redis.call('INCR', KEYS[i]) == 1 then redis.call('EXPIRE', KEYS[i], ARGV[2 * i]) end
end
return 0`;

const REFUND = `
for i = 1, #KEYS do
  if tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
end
return 0`;

/**
 * Budgets kept in Redis, shared by every api process. A unit is reserved before the work it guards
 * (an argon2 check, an email), so a burst of parallel requests can never spend more than the limit.
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private keys(budgets: Budget[]): string[] {
    return budgets.map((budget) => `${this.config.REDIS_PREFIX}:limit:${budget.key}`);
  }

  async reserve(...budgets: Budget[]): Promise<Reservation> {
    const limits = budgets.flatMap((budget) => [budget.limit, budget.windowSeconds]);
    const wait = Number(await this.redis.eval(RESERVE, budgets.length, ...this.keys(budgets), ...limits));
    return wait === 0 ? { allowed: true } : { allowed: false, retryAfterSeconds: wait };
  }

  /** Gives back a unit that turned out not to count (e.g. a login that succeeded). */
  async refund(...budgets: Budget[]): Promise<void> {
    await this.redis.eval(REFUND, budgets.length, ...this.keys(budgets));
  }

  async clear(...budgets: Budget[]): Promise<void> {
    await this.redis.del(...this.keys(budgets));
  }
}
