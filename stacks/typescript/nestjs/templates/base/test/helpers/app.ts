import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import type { Kysely } from 'kysely';
import { AppModule } from '../../src/app.module.ts';
import { configureApp } from '../../src/app.setup.ts';
import { type AppConfig, loadConfig } from '../../src/config/config.ts';
import { DATABASE } from '../../src/db/database.module.ts';
import { parseDatabaseUrl } from '../../src/db/database-url.ts';
import type { Database } from '../../src/db/schema.ts';
import { testDatabaseUrl } from '../database.ts';

export interface TestApp {
  app: NestExpressApplication;
  /** The app's HTTP server, for supertest: `request(http).get('/health')`. */
  http: Server;
  /** The app's own Kysely instance, for looking at rows directly. */
  db: Kysely<Database>;
  config: AppConfig;
  adminEmail: string;
  /** Closes the app and with it the database pool. */
  close: () => Promise<void>;
}

/**
 * The real app on this run's own database (test/database.ts), built by Nest's testing module from the
 * same AppModule and configureApp() as production; nothing listens on a port. Tests never
 * clean tables: they create their own users (unique emails) and tag their own tasks, so runs
 * don't depend on leftovers. Close it with `app.close()`, which also closes the pool.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const adminEmail = uniqueEmail('admin');
  const { config } = loadConfig({
    // Only what the tests choose: an exported PORT, LOG_LEVEL or NODE_ENV changes nothing here.
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: testDatabaseUrl(),
    ADMIN_EMAIL: adminEmail,
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config)],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({
    logger: false,
    bodyParser: false,
  });
  configureApp(app, config);
  await app.init();
  return {
    app,
    http: app.getHttpServer(),
    db: app.get<Kysely<Database>>(DATABASE),
    config,
    adminEmail,
    close: () => app.close(),
  };
}

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomUUID()}@example.test`;
}

/** A random word to put in titles, so a search for it finds only this test's tasks. */
export function uniqueTag(): string {
  return `tag${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

/** A DATABASE_URL of the same kind as the real one that can't be reached. */
export function unreachableDatabaseUrl(): string {
  const { dialect } = parseDatabaseUrl(testDatabaseUrl());
  if (dialect === 'postgres') return 'postgresql://nobody:nothing@127.0.0.1:1/nothing';
  if (dialect === 'mysql') return 'mysql://nobody:nothing@127.0.0.1:1/nothing';
  return 'sqlite:////dev/null/unreachable.db';
}
