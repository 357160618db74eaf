import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { errors } from '../../lib/responses.ts';

const Ready = Type.Object({ status: Type.String(), database: Type.String() });

/**
 * Liveness (`/health`: the process answers, no database call, cheap enough to poll often) and
 * readiness (`/health/ready`: can we reach the database?). Orchestrators restart on the first
 * and stop routing traffic on the second.
 */
const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        response: { 200: Type.Object({ status: Type.String() }), ...errors() },
      },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/health/ready',
    { schema: { operationId: 'getReadiness', response: { 200: Ready, 503: Ready, ...errors() } } },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(app.db);
        return { status: 'ok', database: 'ok' };
      } catch (err) {
        request.log.warn({ err }, 'readiness check failed');
        return reply.code(503).send({ status: 'unavailable', database: 'unavailable' });
      }
    },
  );
};

export default healthRoutes;
