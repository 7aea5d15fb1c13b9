import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { CohortsModule, CohortsService } from '@sanggar/cohorts';
import { AppConfig, ConfigModule } from '@sanggar/core';
import { CurriculaModule, CurriculaService } from '@sanggar/curricula';
import { dataSourceOptions } from '@sanggar/database';
import { HubsModule, HubsService } from '@sanggar/hubs';
import { IdentityModule, IdentityService } from '@sanggar/identity';
import { QueueModule } from '@sanggar/queue';
import { AuthGuard } from './auth/auth.guard.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { inputValidationPipe } from './graphql/validation.js';
import { HealthController } from './http/health.controller.js';
import { loggerOptions } from './logging.js';
import { AuthResolver } from './identity/auth.resolver.js';
import { UserResolver } from './identity/user.resolver.js';
import { HubResolver, RoomResolver } from './hubs/hubs.resolver.js';
import { curriculaResolvers } from './curricula/curricula.resolver.js';
import { cohortResolvers } from './cohorts/cohorts.resolver.js';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, redis: Redis): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), autoLoadEntities: true }),
        QueueModule.forRoot(redis),
        HubsModule,
        IdentityModule,
        CurriculaModule,
        CohortsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule, HubsModule, CurriculaModule, CohortsModule],
          inject: [AppConfig, IdentityService, HubsService, CurriculaService, CohortsService],
          useFactory: (
            cfg: AppConfig,
            identity: IdentityService,
            hubs: HubsService,
            curricula: CurriculaService,
            cohorts: CohortsService,
          ) => graphqlOptions(cfg, { identity, hubs, curricula, cohorts }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useValue: inputValidationPipe },
        AuthResolver,
        UserResolver,
        HubResolver,
        RoomResolver,
        ...curriculaResolvers,
        ...cohortResolvers,
      ],
    };
  }
}
