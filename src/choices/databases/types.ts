/** What one database choice is: its prompt entry, URLs and the server it runs in compose and CI. */

/** A database server container: compose.yaml's `db` service and the CI job's service come from it. */
export interface DatabaseService {
  image: string;
  port: number;
  /** Container environment for a database named `name` (dev: the project's, CI: `<name>_test`). */
  env: (name: string) => Record<string, string>;
  /** The health check command, exec form. */
  healthcheck: string[];
  /** How many 5 s health checks a slow start may take (MySQL initialises for a while). */
  retries: number;
  /** Where to get the server without Docker (the preflight's fix when none answers). */
  download: string;
  /** A named volume and where the image keeps its data. */
  volume: { name: string; path: string };
}

export interface DatabaseDescriptor {
  id: string;
  label: string;
  /** The prompt's label when it says more than `label`. */
  promptLabel?: string;
  hint?: string;
  /** Undefined for an embedded database (SQLite): no compose or CI service. */
  service?: DatabaseService;
  /** DATABASE_URL on the host, in compose (host `db`) and in CI, for a database name. */
  urls: (dbName: string) => { localUrl: string; composeUrl: string; ciUrl: string };
}
