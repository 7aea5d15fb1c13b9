import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { type AppConfig, Clock, loadConfig } from '@sanggar/core';
import { TokensService } from '@sanggar/identity';
import { createApi } from '../../apps/api/src/bootstrap.js';
import { startWorker } from '../../apps/worker/src/bootstrap.js';
import { createTestDatabase } from './databases.js';
import { freePort } from './processes.js';
import { Factory } from './factories.js';
import { TestMailServer } from './smtp.js';

export interface GqlError {
  message: string;
  path?: string[];
  extensions: { code: string; fields?: Record<string, string>; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
}

export interface GqlOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** One isolated Sanggar for a test file: its own database, Redis prefix and SMTP server; api and, if asked, the worker. */
export class TestApp {
  readonly factory = new Factory(this);

  private constructor(
    readonly config: AppConfig,
    readonly api: NestFastifyApplication,
    readonly url: string,
    readonly mail: TestMailServer,
    readonly worker: INestApplicationContext | undefined,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(options: { worker?: boolean; env?: Record<string, string>; clock?: Clock } = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    const mail = new TestMailServer();
    const smtpUrl = await mail.start();
    for (let attempt = 1; ; attempt++) {
      try {
        return await TestApp.startOn(database, mail, smtpUrl, options);
      } catch (error) {
        // Test files start in parallel: the free port picked may be taken by another before the api listens.
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && attempt < 5) continue;
        // A refused configuration or a failed start leaves nothing running behind.
        await mail.stop();
        await database.drop();
        throw error;
      }
    }
  }

  private static async startOn(
    database: { url: string; drop: () => Promise<void> },
    mail: TestMailServer,
    smtpUrl: string,
    options: { worker?: boolean; env?: Record<string, string>; clock?: Clock },
  ): Promise<TestApp> {
    // The public address is the one the api really listens on, so links in emails, certificates and
    // calendar feeds can be followed as they are.
    const port = await freePort();
    const config = loadConfig({
      NODE_ENV: 'test',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SANGGAR_KEY_DIR: await mkdtemp(join(tmpdir(), 'sanggar-keys-')),
      // Never the developer's own var/mail: the worker's retention cleans the mail directory it is given.
      MAIL_DIR: await mkdtemp(join(tmpdir(), 'sanggar-mail-')),
      DATABASE_URL: database.url,
      REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}`,
      SMTP_URL: smtpUrl,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      PORT: String(port),
      ...options.env,
    });
    const api = await createApi(config, options.clock);
    await api.listen({ port, host: '127.0.0.1' }).catch(async (error: unknown) => {
      await api.close();
      throw error;
    });
    const worker = options.worker ? await startWorker(config) : undefined;
    return new TestApp(config, api, `http://127.0.0.1:${port}`, mail, worker, database.drop);
  }

  get<T>(token: abstract new (...args: never[]) => T): T {
    return this.api.get(token, { strict: false });
  }

  /** POSTs a GraphQL operation as JSON, as a client app would. */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options: GqlOptions = {},
  ): Promise<GqlResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResponse<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Sends operations as this person, with an access token valid at the api's clock (tests may move it). */
  as(person: { user: { id: string } }) {
    return {
      gql: async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
        this.gql<T>(query, variables, { token: await this.get(TokensService).accessToken(person.user.id) }),
    };
  }

  async close(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
    await this.mail.stop();
    await clearRedisPrefix(this.config);
    await this.dropDatabase();
  }
}

/** Deletes every Redis key of this app: what FLUSHALL does to it, without touching test files running beside it. */
export async function clearRedisPrefix(config: AppConfig): Promise<void> {
  const redis = new Redis(config.REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.REDIS_PREFIX}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Retries an assertion until it passes or the time is up (for work the worker does in the background). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The error codes of a response, in order. */
export const codes = (response: GqlResponse<unknown>) => (response.errors ?? []).map((e) => e.extensions.code);

/** A clock the test sets; it stands still until told otherwise. */
export class FakeClock extends Clock {
  private current = new Date();

  override now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
}

/** A port nobody listens on right now (the OS picks it). */
