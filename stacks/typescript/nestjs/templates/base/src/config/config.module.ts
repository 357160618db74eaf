import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { AppConfig } from './config.ts';

/**
 * The configuration, through @nestjs/config: its ConfigModule makes ConfigService injectable
 * everywhere (`config.get('port')`), and AppConfig, the same validated settings as one typed
 * object, is provided next to it (`constructor(private readonly config: AppConfig) {}`).
 *
 * Deviation from the usual `ConfigModule.forRoot({ validate })`: the environment is validated
 * before Nest starts, by loadConfig() (config.ts: class-validator, the same rules library as
 * the DTOs, which is Nest's own "custom validate function" recipe), and the result is handed in
 * here. main.ts needs the port, the log level and the database before NestFactory.create()
 * runs, and a bad variable (or a missing secret in production) should stop the process with one
 * clear line and exit code 1, not a bootstrap stack trace; tests hand in their own variables
 * without touching process.env. So @nestjs/config reads no .env file itself: src/lib/dotenv.ts
 * already did, with the precedence the migrate command uses too (variables already set win).
 */
@Global()
@Module({})
// biome-ignore lint/complexity/noStaticOnlyClass: the Nest dynamic-module pattern (static forRoot)
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      imports: [
        NestConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          load: [() => ({ ...config })],
        }),
      ],
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}
