/**
 * The production entry point: read the environment, connect, listen, and shut down cleanly.
 * Everything else lives in createApp() so tests can build the same app without a server.
 */
import { createApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createDb } from './db/database.ts';
import { useLocalDatabase } from './db/local-database.ts';
import { loadDotEnv } from './lib/dotenv.ts';
import { createLogger } from './logger.ts';

loadDotEnv();
// No DATABASE_URL outside production: the project's own database (src/db/local-database.ts).
const local = await useLocalDatabase(process.env, { migrate: true }).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});

let loaded: ReturnType<typeof loadConfig>;
try {
  loaded = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
const { config, warnings } = loaded;
const logger = createLogger(config);
for (const warning of warnings) logger.warn(warning);
if (local)
  logger.info({ migrations: local.applied }, 'DATABASE_URL is not set: using the local database');

const db = createDb(config.databaseUrl);
const app = createApp({ config, db, logger });

const server = app.listen(config.port, (error) => {
  if (error) {
    logger.fatal({ err: error }, 'could not start the server');
    process.exit(1);
  }
  logger.info({ port: config.port, env: config.env }, 'listening');
});

/**
 * On SIGTERM (docker stop, a rolling deploy) or Ctrl+C: stop accepting connections, let
 * in-flight requests finish, close the database pool, exit. Give up after 8 seconds, inside
 * the 10 seconds Docker waits before it kills the process.
 */
let shuttingDown = false;
function shutdown(signal: NodeJS.Signals): void {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ signal }, 'shutting down');
  setTimeout(() => {
    logger.error('shutdown timed out; exiting');
    process.exit(1);
  }, 8_000).unref();
  server.close((closeError) => {
    db.destroy()
      .then(() => local?.stop())
      .catch((err: unknown) => logger.error({ err }, 'closing the database failed'))
      .finally(() => process.exit(closeError ? 1 : 0));
  });
  server.closeIdleConnections();
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
