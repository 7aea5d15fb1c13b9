import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';
import { AppConfig, loadConfig } from './config.js';

/** Provides the one validated AppConfig and the Clock to every module; processes load the config before Nest starts. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadConfig(), clock: Clock = new Clock()) {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [AppConfig, Clock],
    };
  }
}
