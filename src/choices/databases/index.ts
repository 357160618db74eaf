/**
 * The database choices: one descriptor per database (src/choices/databases/<id>.ts), in the
 * order the prompt offers them. compose.yaml, .env.example, the CI service container and the
 * templates all read the facts derived here.
 */
import { mysql } from './mysql.js';
import { postgres } from './postgres.js';
import { sqlite } from './sqlite.js';
import type { DatabaseDescriptor, DatabaseService } from './types.js';

export type { DatabaseDescriptor, DatabaseService } from './types.js';

export const DATABASES: DatabaseDescriptor[] = [postgres, mysql, sqlite];

/** What templates and manifests read about the chosen database. */
export interface DatabaseFacts {
  id: string;
  label: string;
  /** Driver-level branches only (a connection module per database); prose and layers test capabilities. */
  postgres: boolean;
  mysql: boolean;
  sqlite: boolean;
  /** Needs a server process (compose service, CI service container). */
  server: boolean;
  service: DatabaseService | undefined;
  /** Docker image for compose and the CI service container ('' without a server). */
  image: string;
  port: number;
  /** DATABASE_URL for running the app on the host (README, .env.example). */
  localUrl: string;
  /** DATABASE_URL inside compose, where the host is the `db` service. */
  composeUrl: string;
  /** DATABASE_URL in the GitHub Actions job against the service container. */
  ciUrl: string;
  /** The CI job's `services:` block for the test database (YAML, indented for a job; '' without a server). */
  ciService: string;
  /**
   * Development and tests need no server: without DATABASE_URL the project starts an embedded
   * one in this folder (LanguageFacts.embeddedPostgres); '' otherwise. Set by the context.
   */
  embedded: string;
  /** With `embedded`: how long its first start takes and what stops it (README wording). */
  embeddedFirstStart: string;
  embeddedStopsWith: string;
}

export function databaseById(id: string): DatabaseDescriptor {
  const db = DATABASES.find((d) => d.id === id);
  if (!db) throw new Error(`No database "${id}"`);
  return db;
}

export function databaseFacts(id: string, dbName: string): DatabaseFacts {
  const d = databaseById(id);
  return {
    id,
    label: d.label,
    postgres: id === 'postgres',
    mysql: id === 'mysql',
    sqlite: id === 'sqlite',
    server: d.service !== undefined,
    service: d.service,
    image: d.service?.image ?? '',
    port: d.service?.port ?? 0,
    ...d.urls(dbName),
    ciService: d.service ? ciService(d.service, `${dbName}_test`) : '',
    embedded: '',
    embeddedFirstStart: '',
    embeddedStopsWith: '',
  };
}

/** A GitHub Actions service container: the same image, env and health check as compose's. */
function ciService(s: DatabaseService, name: string): string {
  return [
    '    services:',
    '      db:',
    `        image: ${s.image}`,
    '        env:',
    ...Object.entries(s.env(name)).map(([k, v]) => `          ${k}: ${v}`),
    '        ports:',
    `          - ${s.port}:${s.port}`,
    '        options: >-',
    `          --health-cmd "${s.healthcheck.join(' ')}"`,
    '          --health-interval 5s',
    '          --health-timeout 5s',
    `          --health-retries ${s.retries}`,
    '',
  ].join('\n');
}
