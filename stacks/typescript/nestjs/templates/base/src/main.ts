/**
 * The production entry point: read the environment, create the Nest application, listen, and
 * shut down cleanly. The application itself is assembled by AppModule and configureApp(), so
 * the tests build exactly the same one without a server.
 */
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.ts';
import { configureApp } from './app.setup.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { useLocalDatabase } from './db/local-database.ts';
import { loadDotEnv } from './lib/dotenv.ts';
import { createLogger } from './logger.ts';

loadDotEnv();
// No DATABASE_URL outside production: the project's own database (src/db/local-database.ts).
// It stops when the process exits (after Nest's shutdown hooks have closed the pool).
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

const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
  logger: createLogger(config.logLevel, config.env),
  // A startup failure throws (and is logged) instead of aborting the process with a core dump.
  abortOnError: false,
  // configureApp() installs the one body parser (JSON, 1 MiB); Nest's defaults would add a
  // form parser and a 100 KB limit.
  bodyParser: false,
});
configureApp(app, config);

// On SIGTERM (docker stop, a rolling deploy) or Ctrl+C: stop accepting connections, let
// in-flight requests finish, run the shutdown hooks (DatabaseModule closes the pool), exit.
app.enableShutdownHooks(['SIGTERM', 'SIGINT']);

const logger = new Logger('Bootstrap');
for (const warning of warnings) logger.warn(warning);
if (local) {
  logger.log(`DATABASE_URL is not set: using the local database (${local.applied.join(', ')})`);
}
await app.listen(config.port);
logger.log(`Listening on port ${config.port} (${config.env})`);
