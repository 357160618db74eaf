import { Router } from 'express';
import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { errors, json } from '../../lib/responses.ts';

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

const readiness = z.object({ status: z.string(), database: z.string() });

/** The routes above in /openapi.json (src/openapi.ts). */
export const healthPaths: ZodOpenApiPathsObject = {
  '/health': {
    get: {
      tags: ['health'],
      operationId: 'getHealth',
      responses: { 200: json('Alive', z.object({ status: z.string() })), ...errors() },
    },
  },
  '/health/ready': {
    get: {
      tags: ['health'],
      operationId: 'getReadiness',
      responses: {
        200: json('The database answers', readiness),
        503: json('The database does not answer', readiness),
        ...errors(),
      },
    },
  },
};
