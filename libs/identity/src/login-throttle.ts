import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppConfig } from '@sanggar/core';
import { REDIS } from '@sanggar/queue';
import { IdentityErrors } from './identity.errors.js';

const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_EMAIL = 10;
// A whole hub often shares one public IP behind its Wi-Fi, so the per-IP budget is wider.
export const MAX_FAILURES_PER_IP = 30;

/** Counts failed logins per email and per IP in Redis (shared by every api process). */
@Injectable()
export class LoginThrottle {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  private keys(email: string, ip: string) {
    const prefix = `${this.config.REDIS_PREFIX}:login-failures`;
    const emailKey = createHash('sha256').update(email).digest('hex').slice(0, 32);
    return { email: `${prefix}:email:${emailKey}`, ip: `${prefix}:ip:${ip}` };
  }

  /** Refuses the attempt while either budget is spent. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    const [byEmail, byIp] = await this.redis.mget(keys.email, keys.ip);
    const blockedKey =
      Number(byEmail ?? 0) >= MAX_FAILURES_PER_EMAIL ? keys.email : Number(byIp ?? 0) >= MAX_FAILURES_PER_IP ? keys.ip : null;
    if (blockedKey) {
      const ttl = await this.redis.ttl(blockedKey);
      throw IdentityErrors.tooManyAttempts(ttl > 0 ? ttl : WINDOW_SECONDS);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await this.redis
      .multi()
      .incr(keys.email)
      .expire(keys.email, WINDOW_SECONDS, 'NX')
      .incr(keys.ip)
      .expire(keys.ip, WINDOW_SECONDS, 'NX')
      .exec();
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.redis.del(this.keys(email, ip).email);
  }
}
