import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { Public, within } from '@sanggar/core';
import { REDIS } from '@sanggar/queue';

/** For load balancers and people: is each dependency answering? 503 when one is not. */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Public()
  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const check = (probe: () => Promise<unknown>) =>
      within(probe(), 2000).then(
        () => 'up' as const,
        () => 'down' as const,
      );
    const [database, redis] = await Promise.all([check(() => this.dataSource.query('SELECT 1')), check(() => this.redis.ping())]);
    const ok = database === 'up' && redis === 'up';
    await reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database, redis });
  }
}
