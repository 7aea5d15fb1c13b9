import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { AttendanceModule } from '@sanggar/attendance';
import { AuditModule } from '@sanggar/audit';
import { CalendarModule } from '@sanggar/calendar';
import { CertificatesModule } from '@sanggar/certificates';
import { CohortsModule } from '@sanggar/cohorts';
import { AppConfig, type Clock, ConfigModule } from '@sanggar/core';
import { CurriculaModule } from '@sanggar/curricula';
import { dataSourceOptions } from '@sanggar/database';
import { GradingModule } from '@sanggar/grading';
import { HubsModule } from '@sanggar/hubs';
import { IdentityModule } from '@sanggar/identity';
import { MentorshipModule } from '@sanggar/mentorship';
import { QueueModule } from '@sanggar/queue';
import { NotificationsModule } from '@sanggar/notifications';
import { PrivacyModule } from '@sanggar/privacy';
import { SchedulingModule } from '@sanggar/scheduling';
import { AuthGuard } from './auth/auth.guard.js';
import { RowChanges, RowChangesModule } from './changes/row-changes.js';
import { certificateResolvers } from './certificates/certificates.resolver.js';
import { cohortResolvers } from './cohorts/cohorts.resolver.js';
import { curriculaResolvers } from './curricula/curricula.resolver.js';
import { LoaderFactory } from './graphql/loaders.js';
import { ErrorReasonResolver } from './graphql/error-reasons.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { GraphQLServerDriver, type GraphQLServerOptions } from './graphql/graphql-server.js';
import { inputValidationPipe } from './graphql/validation.js';
import { CalendarController } from './http/calendar.controller.js';
import { CertificatesController } from './http/certificates.controller.js';
import { DataExportController } from './http/data-export.controller.js';
import { HealthController } from './http/health.controller.js';
import { DownloadLinks } from './http/download-links.js';
import { ProgressReportController } from './http/progress-report.controller.js';
import { HttpErrorFilter } from './http/http-error.filter.js';
import { WEB_APP_PAGES, WebAppController, readPages } from './http/web-app.js';
import { HubResolver, RoomResolver } from './hubs/hubs.resolver.js';
import { AuthResolver } from './identity/auth.resolver.js';
import { UserResolver } from './identity/user.resolver.js';
import { MemberDirectoryResolver } from './identity/member-directory.resolver.js';
import { loggerOptions } from './logging.js';
import { mentorshipResolvers } from './mentorship/mentorship.resolver.js';
import { gradingResolvers } from './grading/grading.resolver.js';
import { schedulingResolvers } from './scheduling/scheduling.resolver.js';
import { NotificationsResolver } from './notifications/notifications.resolver.js';
import { DataExportResolver, PrivacyResolver } from './privacy/privacy.resolver.js';
import { UnsubscribeController } from './http/unsubscribe.controller.js';

const CONTEXTS = [
  HubsModule,
  IdentityModule,
  CurriculaModule,
  CohortsModule,
  SchedulingModule,
  AttendanceModule,
  GradingModule,
  CertificatesModule,
  MentorshipModule,
  CalendarModule,
  NotificationsModule,
  AuditModule,
  PrivacyModule,
];

/** The per-request DataLoaders' factory, with every context it batches through. */
@Module({ imports: CONTEXTS, providers: [LoaderFactory], exports: [LoaderFactory] })
class LoadersModule {}

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, redis: Redis, clock?: Clock): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), autoLoadEntities: true }),
        QueueModule.forRoot(redis),
        ...CONTEXTS,
        GraphQLModule.forRootAsync<GraphQLServerOptions>({
          driver: GraphQLServerDriver,
          imports: [LoadersModule, RowChangesModule],
          inject: [AppConfig, LoaderFactory, RowChanges],
          useFactory: graphqlOptions,
        }),
      ],
      // The web app's catch-all comes last: every route above keeps its path.
      controllers: [
        HealthController,
        CalendarController,
        ProgressReportController,
        DataExportController,
        CertificatesController,
        UnsubscribeController,
        WebAppController,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: WEB_APP_PAGES, useValue: readPages(config) },
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        DownloadLinks,
        AuthResolver,
        ErrorReasonResolver,
        UserResolver,
        MemberDirectoryResolver,
        PrivacyResolver,
        DataExportResolver,
        HubResolver,
        RoomResolver,
        ...curriculaResolvers,
        ...cohortResolvers,
        ...schedulingResolvers,
        ...gradingResolvers,
        ...certificateResolvers,
        ...mentorshipResolvers,
        NotificationsResolver,
      ],
    };
  }
}
