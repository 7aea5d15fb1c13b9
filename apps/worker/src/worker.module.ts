import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { AttendanceJobsModule } from '@sanggar/attendance';
import { CertificateJobsModule } from '@sanggar/certificates';
import { type AppConfig, ConfigModule } from '@sanggar/core';
import { dataSourceOptions } from '@sanggar/database';
import { MentorshipJobsModule } from '@sanggar/mentorship';
import { NotificationsModule } from '@sanggar/notifications';
import { QueueModule } from '@sanggar/queue';
import { JobRunner } from './job-runner.js';
import { OutboxRelayLoop, ReconcileLoop } from './outbox-relay.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, redis: Redis): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), autoLoadEntities: true }),
        QueueModule.forRoot(redis),
        DiscoveryModule,
        NotificationsModule,
        AttendanceJobsModule,
        CertificateJobsModule,
        MentorshipJobsModule,
      ],
      providers: [JobRunner, OutboxRelayLoop, ReconcileLoop],
    };
  }
}
