import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { AttendanceJobsModule } from '@sanggar/attendance';
import { CertificateJobsModule } from '@sanggar/certificates';
import { type AppConfig, ConfigModule } from '@sanggar/core';
import { dataSourceOptions } from '@sanggar/database';
import { GradingModule } from '@sanggar/grading';
import { MentorshipJobsModule } from '@sanggar/mentorship';
import { NotificationJobsModule } from '@sanggar/notifications';
import { PrivacyJobsModule, PrivacyModule } from '@sanggar/privacy';
import { QueueModule } from '@sanggar/queue';
import { SchedulingModule } from '@sanggar/scheduling';
import { JobRunner } from './job-runner.js';
import { DueNoticesLoop, OutboxRelayLoop, ReconcileLoop, RetentionLoop } from './outbox-relay.js';

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
        NotificationJobsModule,
        AttendanceJobsModule,
        CertificateJobsModule,
        MentorshipJobsModule,
        SchedulingModule,
        GradingModule,
        PrivacyModule,
        PrivacyJobsModule,
      ],
      providers: [JobRunner, OutboxRelayLoop, ReconcileLoop, DueNoticesLoop, RetentionLoop],
    };
  }
}
