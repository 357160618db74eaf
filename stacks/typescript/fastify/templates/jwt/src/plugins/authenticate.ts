import jwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { unauthorized } from '../lib/http-error.ts';
import { isUuid } from '../lib/uuid.ts';
import { type AccessTokenClaims, jwtOptions } from '../modules/auth/tokens.ts';
import { userRepository } from '../modules/users/user.repository.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** An onRequest hook: 401 unless the request carries a valid bearer token. */
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

/**
 * Authentication by `Authorization: Bearer <token>`. @fastify/jwt checks the signature, the
 * algorithm and the expiry; then the user the token names must still exist, and becomes
 * `request.user`. Everything else is one 401. Wrapped in fastify-plugin, so `app.jwt` and
 * `app.authenticate` are available to every route plugin that wants them.
 */
export default fp(
  async (app) => {
    await app.register(jwt, jwtOptions(app.config.jwtSecret));
    const users = userRepository(app.db);

    app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      let claims: AccessTokenClaims | undefined;
      try {
        claims = await request.jwtVerify<AccessTokenClaims>();
      } catch {
        claims = undefined;
      }
      const user = isUuid(claims?.sub) ? await users.findById(claims.sub) : undefined;
      if (!user) {
        reply.header('www-authenticate', 'Bearer');
        throw unauthorized();
      }
      request.user = user;
    });
  },
  { name: 'authenticate', dependencies: ['database'] },
);
