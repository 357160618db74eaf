/** Facts about each database that templates, compose.yaml, .env.example and CI share. */
export interface DatabaseFacts {
  id: string;
  label: string;
  /** Driver-level branches only (a connection module per database); prose and layers test capabilities. */
  postgres: boolean;
  mysql: boolean;
  sqlite: boolean;
  /** Needs a server process (compose service, CI service container). */
  server: boolean;
  /** Docker image for compose and the CI service container ('' for sqlite). */
  image: string;
  port: number;
  /** DATABASE_URL for running the app on the host (README, .env.example). */
  localUrl: string;
  /** DATABASE_URL inside compose, where the host is the `db` service. */
  composeUrl: string;
  /** DATABASE_URL in the GitHub Actions job against the service container. */
  ciUrl: string;
}

/** The choices, in the order the prompt offers them. */
export const DATABASE_CHOICES = [
  { value: 'postgres', label: 'PostgreSQL', hint: 'the roadmap default' },
  { value: 'mysql', label: 'MySQL / MariaDB' },
  { value: 'sqlite', label: 'SQLite', hint: 'a file, no server; local development' },
] as const;

export type DatabaseId = (typeof DATABASE_CHOICES)[number]['value'];

export function databaseFacts(id: string, dbName: string): DatabaseFacts {
  const is = { postgres: id === 'postgres', mysql: id === 'mysql', sqlite: id === 'sqlite' };
  return { ...serverFacts(id, dbName), ...is };
}

function serverFacts(id: string, dbName: string): Omit<DatabaseFacts, 'postgres' | 'mysql' | 'sqlite'> {
  switch (id) {
    case 'postgres':
      return {
        id,
        label: 'PostgreSQL',
        server: true,
        image: 'postgres:18-alpine',
        port: 5432,
        localUrl: `postgresql://postgres:postgres@localhost:5432/${dbName}`,
        composeUrl: `postgresql://postgres:postgres@db:5432/${dbName}`,
        ciUrl: `postgresql://postgres:postgres@localhost:5432/${dbName}_test`,
      };
    case 'mysql':
      return {
        id,
        label: 'MySQL',
        server: true,
        image: 'mysql:9.7',
        port: 3306,
        localUrl: `mysql://root:root@localhost:3306/${dbName}`,
        composeUrl: `mysql://root:root@db:3306/${dbName}`,
        ciUrl: `mysql://root:root@127.0.0.1:3306/${dbName}_test`,
      };
    case 'sqlite':
      return {
        id,
        label: 'SQLite',
        server: false,
        image: '',
        port: 0,
        localUrl: 'sqlite:///data/app.db',
        composeUrl: 'sqlite:////app/data/app.db',
        ciUrl: 'sqlite:///data/test.db',
      };
    default:
      throw new Error(`No database facts for "${id}"`);
  }
}
