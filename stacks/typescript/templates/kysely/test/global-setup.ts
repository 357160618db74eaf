import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createDb } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import {
  connectionProblem,
  createDatabaseIfMissing,
  databaseName,
  dropDatabase,
  startLocalDatabase,
  withDatabase,
} from '../src/db/provision.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The database of this test run (test/database.ts reads it). */
    databaseUrl: string;
  }
}

/**
 * Runs once before the integration tests: picks the run's own database, never the one `dev`
 * uses, brings its schema up to date and hands its URL to the tests; the returned function
 * cleans up after the run.
 * - DATABASE_URL set (shell or .env): `<name>_test` on the same server, created when missing
 *   and dropped afterwards; a URL whose database already ends in `_test` (CI) is used as is.
 * - Not set: a fresh database on the project's own test server (src/db/provision.ts), or a
 *   one-line error saying what to set.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = process.env.DATABASE_URL || undefined;
  const local = configured
    ? undefined
    : await startLocalDatabase('test', `test_${randomBytes(4).toString('hex')}`);
  if (!configured && !local) {
    throw new Error(
      'Integration tests need a database server: set DATABASE_URL (cp .env.example .env; docker compose up -d db). For unit tests only: vitest run --project unit',
    );
  }
  const base = configured ?? local?.url ?? '';
  const url =
    local || /(^|_)test$/.test(databaseName(base))
      ? base
      : withDatabase(base, `${databaseName(base)}_test`);

  let created: boolean;
  try {
    created = (await createDatabaseIfMissing(url)) || Boolean(local);
  } catch (err) {
    throw new Error(connectionProblem(err, url) ?? String(err));
  }
  project.provide('databaseUrl', url);

  const db = createDb(url);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }

  return async () => {
    if (created) await dropDatabase(url);
    await local?.stop();
  };
}
