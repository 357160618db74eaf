import { type Dialect, MysqlDialect } from 'kysely';
import { createPool } from 'mysql2';
import type { DatabaseTarget } from './database-url.ts';

export function createDialect(target: DatabaseTarget): Dialect {
  if (target.dialect !== 'mysql') {
    throw new Error('This project uses MySQL: DATABASE_URL must start with mysql://');
  }
  const pool = createPool({
    uri: target.connectionString,
    connectionLimit: 10,
    connectTimeout: 5_000,
    // DATETIME values are written and read as UTC, whatever the server's time zone.
    timezone: 'Z',
    // DATE columns come back as 'YYYY-MM-DD' strings instead of Dates at local midnight.
    dateStrings: ['DATE'],
  });
  return new MysqlDialect({ pool });
}
