import { Global, Module } from '@nestjs/common';
import { AppConfig, loadConfig } from './config.js';

/** Provides the one validated AppConfig; processes load it before Nest starts and pass it in. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig = loadConfig()) {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
