/**
 * Where the database comes from, for MySQL: always the server DATABASE_URL names (there is no
 * embedded MySQL for Node; `docker compose up -d db` starts one). This file creates a missing
 * database on it, and explains a connection failure in one line.
 */
import { createConnection } from 'mysql2/promise';

export interface LocalDatabase {
  url: string;
  stop: () => Promise<void>;
}

/** No MySQL runs from the project folder: DATABASE_URL must name a server. */
export async function startLocalDatabase(
  _cluster: 'development' | 'test',
  _database: string,
): Promise<LocalDatabase | undefined> {
  return undefined;
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
  return withServer(url, async (connection) => {
    const [found] = await connection.query(
      'SELECT 1 FROM information_schema.schemata WHERE schema_name = ?',
      [name],
    );
    if (Array.isArray(found) && found.length > 0) return false;
    // IF NOT EXISTS: another process may create it at the same moment.
    await connection.query(`CREATE DATABASE IF NOT EXISTS ${connection.escapeId(name)}`);
    return true;
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withServer(url, (connection) =>
    connection.query(`DROP DATABASE IF EXISTS ${connection.escapeId(name)}`),
  );
}

/** A one-line explanation of why the database named by `url` can't be used, when we know it. */
export function connectionProblem(err: unknown, url: string): string | undefined {
  const code = (err as { code?: string }).code;
  const { hostname, port } = new URL(url);
  const at = `${hostname}:${port || 3306}`;
  const name = databaseName(url);
  if (code === 'ECONNREFUSED') {
    return `No MySQL answers at ${at}: start it (docker compose up -d db) or point DATABASE_URL at your own server`;
  }
  if (code === 'ENOTFOUND') return `The host in DATABASE_URL (${hostname}) was not found`;
  if (code === 'ER_ACCESS_DENIED_ERROR') {
    return `MySQL at ${at} refused the user and password in DATABASE_URL`;
  }
  if (code === 'ER_DBACCESS_DENIED_ERROR' || code === 'ER_BAD_DB_ERROR') {
    return `Database "${name}" does not exist on ${at} and this user may not create it: create it with mysql -h ${hostname} -P ${port || 3306} -u root -p -e 'CREATE DATABASE ${name}'`;
  }
  return undefined;
}

/** Runs `work` on a connection to the server without selecting a database. */
async function withServer<T>(
  url: string,
  work: (connection: Awaited<ReturnType<typeof createConnection>>) => Promise<T>,
): Promise<T> {
  const parsed = new URL(url);
  parsed.pathname = '/';
  const connection = await createConnection({ uri: parsed.href, connectTimeout: 5_000 });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}
