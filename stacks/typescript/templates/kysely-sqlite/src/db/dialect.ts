import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Dialect, SqliteDialect } from 'kysely';
import type { DatabaseTarget } from './database-url.ts';

export function createDialect(target: DatabaseTarget): Dialect {
  if (target.dialect !== 'sqlite') {
    throw new Error('This project uses SQLite: DATABASE_URL must start with sqlite:///');
  }
  const { filename } = target;
  return new SqliteDialect({
    // Opened on the first query, so creating the app has no side effects.
    database: async () => {
      if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
      const db = new SQLite(filename);
      // SQLite enforces foreign keys (and so ON DELETE CASCADE) only when asked, per connection.
      db.pragma('foreign_keys = ON');
      // Write-ahead logging lets readers continue while one writer commits.
      db.pragma('journal_mode = WAL');
      // Wait for a lock instead of failing at once when another process is writing.
      db.pragma('busy_timeout = 5000');
      return db;
    },
  });
}
