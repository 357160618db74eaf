/**
 * Fly.io: the image is pushed to Fly's registry and deployed by flyctl as described in fly.toml,
 * which is Fly's own infrastructure-as-code. PostgreSQL is Fly Managed Postgres, attached with
 * one command; migrations are the release command. SQLite is supported on a Fly volume: one
 * machine, migrations run on it before the server starts (release machines get no volume).
 * MySQL is rejected: Fly has no managed MySQL.
 */
import type { CloudDescriptor } from '../types.js';
import { mysqlRejected } from '../shared.js';

export const fly: CloudDescriptor = {
  id: 'fly',
  label: 'Fly.io',
  hint: 'fly.toml, Managed Postgres or SQLite on a volume; beginner-friendly',
  layers: [{ dir: 'clouds/fly/templates' }],
  incompatible: (a) => mysqlRejected(a, 'Fly.io'),
};
