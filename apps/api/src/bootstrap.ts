import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import type { AppConfig, Clock } from '@sanggar/core';
import { prepareDatabase } from '@sanggar/database';
import { IdentityService } from '@sanggar/identity';
import { connectRedis } from '@sanggar/queue';
import { ApiModule } from './app.module.js';
import { harden, requestIdOf } from './http/hardening.js';
import { serveWebAssets, webAppDir } from './http/web-app.js';

/** 1 MiB: far above any honest GraphQL request, small enough that a flood costs nothing. */
const BODY_LIMIT = 1024 * 1024;

/** Builds the api (database created and migrated, first admin ensured) without listening yet. */
export async function createApi(config: AppConfig, clock?: Clock): Promise<NestFastifyApplication> {
  await prepareDatabase(config.DATABASE_URL);
  const redis = await connectRedis(config.REDIS_URL);
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => requestIdOf(req.headers['x-request-id']),
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config, redis, clock), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const web = webAppDir(config);
  if (web) await serveWebAssets(app, web);
  harden(app, config);
  if (config.SANGGAR_ADMIN_EMAIL && config.SANGGAR_ADMIN_PASSWORD) {
    await app.get(IdentityService).ensureAdmin(config.SANGGAR_ADMIN_EMAIL, config.SANGGAR_ADMIN_PASSWORD);
  }
  return app;
}
