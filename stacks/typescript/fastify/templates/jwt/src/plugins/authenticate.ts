import jwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { unauthorized } from '../lib/http-error.ts';
import { isUuid } from '../lib/uuid.ts';
import { type AccessTokenClaims, isRole, jwtOptions } from '../modules/auth/tokens.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** An onRequest hook: 401 unless the request carries a valid bearer token. */
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

/** The security schemes of the OpenAPI document (src/plugins/docs.ts). */
export const securitySchemes = {
  bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
} as const;

/**
 * For the schema of a route behind app.authenticate: the credentials it needs (documented in
 * /openapi.json) and the error they add. A bearer token is no CSRF risk, so reads and writes
 * are alike.
 */
export const reading = { security: [{ bearerAuth: [] }], errors: [401] };
export const writing = reading;

/**
 * Authentication by `Authorization: Bearer <token>`. @fastify/jwt checks the signature, the
 * algorithm and the expiry; the token's claims (`sub`, `role`) become `request.user`.
 * Everything else is one 401. No database lookup per request: the signature proves who issued
 * the claims, and tokens live one hour. The routes that need the account itself read it
 * (GET /auth/me, 401 once it is gone), and a task for an account deleted since is refused with
 * 401 by the foreign key (task.routes.ts). Wrapped in fastify-plugin, so `app.jwt` and
 * `app.authenticate` are available to every route plugin that wants them.
 */
export default fp(
  async (app) => {
    await app.register(jwt, jwtOptions(app.config.jwtSecret));

    app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      let claims: AccessTokenClaims | undefined;
      try {
        claims = await request.jwtVerify<AccessTokenClaims>();
      } catch {
        claims = undefined;
      }
      if (!claims || !isUuid(claims.sub) || !isRole(claims.role)) {
        reply.header('www-authenticate', 'Bearer');
        throw unauthorized();
      }
      request.user = { id: claims.sub, role: claims.role };
    });
  },
  { name: 'authenticate', dependencies: ['database'] },
);
