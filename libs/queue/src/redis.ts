import { Redis } from 'ioredis';
import { StartupError, withoutCredentials } from '@sanggar/core';

export class RedisUnreachableError extends StartupError {}

/**
 * Connects, or explains which Redis is missing and how to start it. The first connection gets no
 * retries (so a missing Redis is reported at once); once up, it reconnects with backoff.
 * BullMQ shares this connection, so commands wait for a reconnect instead of failing (maxRetriesPerRequest: null).
 */
export async function connectRedis(url: string): Promise<Redis> {
  let connectedOnce = false;
  const redis = new Redis(url, {
    maxRetriesPerRequest: null,
    lazyConnect: true,
    connectTimeout: 5000,
    retryStrategy: (attempt) => (connectedOnce ? Math.min(attempt * 200, 2000) : null),
  });
  redis.on('error', () => undefined); // reported by the health check and by failing commands
  try {
    await redis.connect();
    await redis.ping();
    connectedOnce = true;
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
