import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createDb } from '../../src/db/database.ts';
import { parseDatabaseUrl } from '../../src/db/database-url.ts';
import { createLogger } from '../../src/logger.ts';
import { testDatabaseUrl } from '../database.ts';

/**
 * The real app on this run's own database (test/database.ts); `http` is a server for supertest that
 * listens only while a request runs. Tests never clean tables: they create their own users
 * (unique emails) and tag their own tasks, so runs don't depend on leftovers. `close()` closes
 * the pool.
 */
export async function createTestApp(env: Record<string, string> = {}) {
  const adminEmail = uniqueEmail('admin');
  const { config } = loadConfig({
    // Only what the tests choose: an exported PORT, LOG_LEVEL or NODE_ENV changes nothing here.
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: testDatabaseUrl(),
    ADMIN_EMAIL: adminEmail,
    ...env,
  });
  const db = createDb(config.databaseUrl);
  const app = createApp({ config, db, logger: createLogger(config) });
  return { app, http: createServer(app), db, config, adminEmail, close: () => db.destroy() };
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
