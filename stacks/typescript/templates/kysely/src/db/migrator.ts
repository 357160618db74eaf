import type { Kysely } from 'kysely';
import { type MigrationResultSet, Migrator } from 'kysely/migration';
import { migrations } from './migrations/index.ts';

/**
 * Migrations are listed in code (migrations/index.ts) rather than discovered by scanning a
 * folder, so they work the same from src/ in tests and from the compiled dist/ in production.
 */
export function createMigrator<DB>(db: Kysely<DB>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Applies every pending migration; throws if one fails (it is rolled back where supported). */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationResultSet> {
  const resultSet = await createMigrator(db).migrateToLatest();
  if (resultSet.error) throw resultSet.error;
  return resultSet;
}
