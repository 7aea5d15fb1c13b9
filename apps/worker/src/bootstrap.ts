import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '@sanggar/core';
import { prepareDatabase } from '@sanggar/database';
import { connectRedis } from '@sanggar/queue';
import { WorkerModule } from './worker.module.js';

/** Starts the worker: migrations first (it may start before the api), then the outbox relay and the job consumers. */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  await prepareDatabase(config.DATABASE_URL);
  const redis = await connectRedis(config.REDIS_URL);
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, redis), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  return app;
}
