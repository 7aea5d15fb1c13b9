import { StartupError } from '@sanggar/core';
import { ensureDatabase } from '@sanggar/database';
import { connectRedis } from '@sanggar/queue';

describe('start-up when a service is missing', () => {
  it('names the PostgreSQL URL, hides its password, and says how to start it', async () => {
    const failure = ensureDatabase('postgres://app:hunter2@127.0.0.1:1/sanggar');
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toThrow(
      /^PostgreSQL is not reachable at postgres:\/\/app:\*\*\*@127\.0\.0\.1:1\/sanggar \(ECONNREFUSED\)\. Start it — .*pg_ctlcluster/,
    );
  });

  it('names the Redis URL and says how to start it', async () => {
    const failure = connectRedis('redis://127.0.0.1:1');
    await expect(failure).rejects.toBeInstanceOf(StartupError);
    await expect(failure).rejects.toThrow(/^Redis is not reachable at redis:\/\/127\.0\.0\.1:1\. Start it — .*redis-server/);
  });
});
