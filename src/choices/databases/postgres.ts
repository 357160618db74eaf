import type { DatabaseDescriptor } from './types.js';

export const postgres: DatabaseDescriptor = {
  id: 'postgres',
  label: 'PostgreSQL',
  hint: 'the roadmap default',
  service: {
    image: 'postgres:18-alpine',
    port: 5432,
    env: (name) => ({ POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: 'postgres', POSTGRES_DB: name }),
    download: 'https://www.postgresql.org/download/',
    healthcheck: ['pg_isready', '-U', 'postgres'],
    retries: 20,
    // Postgres 18+ images keep data in a versioned folder below /var/lib/postgresql.
    volume: { name: 'pgdata', path: '/var/lib/postgresql' },
  },
  urls: (db) => ({
    localUrl: `postgresql://postgres:postgres@localhost:5432/${db}`,
    composeUrl: `postgresql://postgres:postgres@db:5432/${db}`,
    ciUrl: `postgresql://postgres:postgres@localhost:5432/${db}_test`,
  }),
};
