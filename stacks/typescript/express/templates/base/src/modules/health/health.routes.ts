import { Router } from 'express';
import { type Kysely, sql } from 'kysely';

/**
 * Liveness (`/health`: the process answers, no database call, cheap enough to poll often) and
 * readiness (`/health/ready`: can we reach the database?). Orchestrators restart on the first
 * and stop routing traffic on the second.
 */
export function healthRouter<DB>(db: Kysely<DB>): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/health/ready', async (req, res) => {
    try {
      await sql`select 1`.execute(db);
      res.json({ status: 'ok', database: 'ok' });
    } catch (err) {
      req.log.warn({ err }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unavailable' });
    }
  });

  return router;
}
