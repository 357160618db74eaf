import { Kysely } from 'kysely';
import { parseDatabaseUrl } from './database-url.ts';
import { createDialect } from './dialect.ts';
import type { Database } from './schema.ts';

/**
 * The query builder for DATABASE_URL. Kysely writes the SQL for our dialect and checks every
 * query against the table types in schema.ts. Connections open lazily, on the first query.
 */
export function createDb(databaseUrl: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: createDialect(parseDatabaseUrl(databaseUrl)) });
}
