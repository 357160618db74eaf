/**
 * The migrate command: `node dist/db/migrate.js` applies every pending migration to
 * DATABASE_URL; `node dist/db/migrate.js down` reverts the latest one. The app never migrates
 * on start, so schema changes happen when you decide, once, not in every replica at boot.
 */
import { loadDotEnv } from '../lib/dotenv.ts';
import { createDb } from './database.ts';
import { createMigrator } from './migrator.ts';

loadDotEnv();
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL is not set (see .env.example)');
  process.exit(1);
}

const db = createDb(databaseUrl);
const migrator = createMigrator(db);
const direction = process.argv[2] === 'down' ? 'down' : 'latest';
const { error, results = [] } =
  direction === 'down' ? await migrator.migrateDown() : await migrator.migrateToLatest();

for (const result of results) {
  const verb = direction === 'down' ? 'reverted' : 'applied';
  console.log(`${result.status === 'Success' ? verb : result.status}: ${result.migrationName}`);
}
if (results.length === 0 && !error) console.log('Database is up to date');
await db.destroy();

if (error) {
  console.error('Migration failed:', error);
  process.exitCode = 1;
}
