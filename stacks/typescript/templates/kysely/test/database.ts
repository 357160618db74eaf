import { inject } from 'vitest';

/**
 * The database of this test run, prepared by test/global-setup.ts: its own, never the one
 * `dev` uses. Tests read it from here, not from process.env, so an exported DATABASE_URL or a
 * .env file changes only which server runs them, never what they check.
 */
export function testDatabaseUrl(): string {
  return inject('databaseUrl');
}
