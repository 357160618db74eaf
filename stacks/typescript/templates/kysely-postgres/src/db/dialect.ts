import { type Dialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseTarget } from './database-url.ts';

// pg turns DATE columns into JavaScript Dates at local midnight, which shift by the server's
// time zone. Keep them as the 'YYYY-MM-DD' strings PostgreSQL sends.
const dateAsString = (value: string) => value;

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.DATE
      ? dateAsString
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export function createDialect(target: DatabaseTarget): Dialect {
  if (target.dialect !== 'postgres') {
    throw new Error('This project uses PostgreSQL: DATABASE_URL must start with postgresql://');
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    types,
  });
  // An idle connection can drop (database restart, network blip). The pool replaces it; without
  // this listener the 'error' event would crash the process.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}
