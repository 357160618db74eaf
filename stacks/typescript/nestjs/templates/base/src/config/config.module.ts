import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config.ts';

/**
 * Makes the validated AppConfig injectable everywhere. main.ts passes the configuration it read
 * from the environment; tests pass their own, so no test has to change process.env.
 */
@Global()
@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: the Nest dynamic-module pattern (static forRoot)
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
