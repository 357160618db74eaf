import { createDb } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrator.ts';

/** Runs once before the integration tests: brings the test database's schema up to date. */
export default async function setup(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      'Integration tests need DATABASE_URL (see .env.example). For unit tests only: vitest run --project unit',
    );
  }
  const db = createDb(databaseUrl);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}
