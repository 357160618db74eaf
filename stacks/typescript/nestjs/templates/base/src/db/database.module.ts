import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { AppConfig } from '../config/config.ts';
import { createDb } from './database.ts';
import type { Database } from './schema.ts';

/** The injection token of the Kysely instance. */
export const DATABASE = Symbol('DATABASE');

/** Injects the database: `constructor(@InjectDatabase() private readonly db: Kysely<Database>)`. */
export const InjectDatabase = () => Inject(DATABASE);

/**
 * One Kysely instance (and connection pool) for the whole app, available to every module's
 * repositories. The pool is closed when the app shuts down (app.close(), SIGTERM).
 */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createDb(config.databaseUrl),
    },
  ],
  exports: [DATABASE],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@InjectDatabase() private readonly db: Kysely<Database>) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.destroy();
  }
}
