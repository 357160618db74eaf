import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../lib/http-error.ts';
import { PageQuery } from '../../lib/pagination.ts';
import { errors } from '../../lib/responses.ts';
import { reading } from '../../plugins/authenticate.ts';
import { userRepository } from './user.repository.ts';
import { UserPage } from './user.schemas.ts';

/**
 * Authorisation, after authentication: only admins get past this hook. The role comes from
 * the signed-in account (a session) or from the token it was issued with (a bearer token).
 */
async function requireAdmin(request: FastifyRequest): Promise<void> {
  if (request.user.role !== 'admin') throw forbidden('Only admins can do this');
}

/** /api/v1/users: the account list, for admins only (401 signed out, 403 for other users). */
const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const users = userRepository(app.db);
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', requireAdmin);

  app.get(
    '/',
    {
      schema: {
        operationId: 'listUsers',
        security: reading.security,
        querystring: PageQuery,
        response: { 200: UserPage, ...errors(...reading.errors, 403, 422) },
      },
    },
    async (request) => users.list(request.query),
  );
};

export default userRoutes;
