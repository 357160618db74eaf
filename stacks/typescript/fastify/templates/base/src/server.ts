/**
 * The production entry point: read the environment, build the app, listen, and shut down
 * cleanly. Everything else lives in buildApp() so tests can build the same app without a server.
 */
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { useLocalDatabase } from './db/local-database.ts';
import { loadDotEnv } from './lib/dotenv.ts';

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

const app = await buildApp(config);
for (const warning of warnings) app.log.warn(warning);
if (local) {
  app.log.info({ migrations: local.applied }, 'DATABASE_URL is not set: using the local database');
}

/**
 * On SIGTERM (docker stop, a rolling deploy) or Ctrl+C: app.close() stops accepting
 * connections, lets in-flight requests finish and runs every onClose hook (the database pool
 * closes there). Give up after 10 seconds.
 */
let shuttingDown = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  app.log.info({ signal }, 'shutting down');
  setTimeout(() => {
    app.log.error('shutdown timed out; exiting');
    process.exit(1);
  }, 10_000).unref();
  try {
    await app.close();
    await local?.stop();
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}

process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

try {
  // All interfaces, so the port is reachable from outside a container (Fastify's default is
  // localhost only).
  await app.listen({ port: config.port, host: '0.0.0.0' });
} catch (err) {
  app.log.fatal({ err }, 'could not start the server');
  process.exit(1);
}
