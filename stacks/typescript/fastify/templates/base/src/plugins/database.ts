import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import { createDb } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The Kysely query builder; repositories take it as their only dependency. */
    db: Kysely<Database>;
  }
}

/**
 * Decorates the app with `db` and closes the connection pool when the app closes (on shutdown,
 * or at the end of a test file). Wrapped in fastify-plugin so the decorator is visible to every
 * plugin registered after this one, not just inside it.
 */
export default fp<{ databaseUrl: string }>(
  async (app, { databaseUrl }) => {
    const db = createDb(databaseUrl);
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      await db.destroy();
    });
  },
  { name: 'database' },
);
