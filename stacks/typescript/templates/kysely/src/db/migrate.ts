/**
 * The migrate command: `node dist/db/migrate.js` applies every pending migration to
 * DATABASE_URL; `node dist/db/migrate.js down` reverts the latest one. The app never migrates
 * a database you configured on start, so schema changes happen when you decide, once, not in
 * every replica at boot. Without DATABASE_URL (outside production) it migrates the project's
 * own development database (src/db/local-database.ts). Failures are one line, no stack trace.
 */
import { loadDotEnv } from '../lib/dotenv.ts';
import { createDb } from './database.ts';
import { useLocalDatabase } from './local-database.ts';
import { createMigrator } from './migrator.ts';
import { connectionProblem, createDatabaseIfMissing, databaseName } from './provision.ts';

loadDotEnv();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const local = await useLocalDatabase(process.env, { migrate: false }).catch((err: unknown) =>
  fail(err instanceof Error ? err.message : String(err)),
);
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) fail('DATABASE_URL is not set (see .env.example)');

try {
  if (await createDatabaseIfMissing(databaseUrl)) {
    console.log(`created database ${databaseName(databaseUrl)}`);
  }
} catch (err) {
  fail(connectionProblem(err, databaseUrl) ?? `Cannot prepare the database: ${String(err)}`);
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
await local?.stop();

if (error) {
  const message =
    connectionProblem(error, databaseUrl) ??
    (error instanceof Error ? error.message : String(error));
  console.error(`Migration failed: ${message}`);
  process.exitCode = 1;
}
