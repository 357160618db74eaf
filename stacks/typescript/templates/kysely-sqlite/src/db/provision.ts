/**
 * Where the database comes from, for SQLite: a file. Without DATABASE_URL, outside production,
 * the app and the migrate command use data/app.db (as .env.example does) and the tests a file
 * of their own in data/, deleted after the run. data/ is gitignored.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { parseDatabaseUrl } from './database-url.ts';

export interface LocalDatabase {
  url: string;
  stop: () => Promise<void>;
}

export async function startLocalDatabase(
  cluster: 'development' | 'test',
  database: string,
): Promise<LocalDatabase> {
  const file = cluster === 'test' ? `data/${database}.db` : 'data/app.db';
  return { url: `sqlite:///${file}`, stop: async () => {} };
}

/** The file's name without `.db` stands for the database name. */
export function databaseName(url: string): string {
  const file = filename(url);
  return (file.split('/').pop() ?? file).replace(/\.(db|sqlite3?)$/, '');
}

export function withDatabase(url: string, name: string): string {
  const file = filename(url);
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return `sqlite:///${dir}${name}.db`;
}

/** SQLite creates the file when it is first opened (see dialect.ts): true if it isn't there yet. */
export async function createDatabaseIfMissing(url: string): Promise<boolean> {
  return !existsSync(filename(url));
}

export async function dropDatabase(url: string): Promise<void> {
  const file = filename(url);
  await Promise.all(
    ['', '-wal', '-shm', '-journal'].map((end) => rm(`${file}${end}`, { force: true })),
  );
}

/** A file needs no server: nothing to explain beyond the driver's own message. */
export function connectionProblem(_err: unknown, _url: string): string | undefined {
  return undefined;
}

function filename(url: string): string {
  const target = parseDatabaseUrl(url);
  if (target.dialect !== 'sqlite') throw new Error('DATABASE_URL must start with sqlite:///');
  return target.filename;
}
