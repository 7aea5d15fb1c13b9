import { Redis } from 'ioredis';
import { StartupError, withoutCredentials } from '@sanggar/core';

export class RedisUnreachableError extends StartupError {}

/** A connection BullMQ can share (it needs maxRetriesPerRequest: null for blocking commands). */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: true });
}

/** Connects, or explains which Redis is missing and how to start it. */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = createRedis(url);
  redis.on('error', () => undefined); // reported by the health check and by failing commands
  try {
    await Promise.race([
      redis.connect().then(() => redis.ping()),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000)),
    ]);
    return redis;
  } catch {
    redis.disconnect();
    throw new RedisUnreachableError(
      `Redis is not reachable at ${withoutCredentials(url)}. Start it — on our machines: ` +
        'redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no; ' +
        'on a laptop: docker compose -f docker/compose.yml up -d redis',
    );
  }
}
