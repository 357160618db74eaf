import cookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { forbidden, unauthorized } from '../lib/http-error.ts';
import { SESSION_COOKIE, sessionStore, tokensMatch } from '../modules/auth/sessions.ts';
import type { User } from '../modules/users/user.schemas.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** An onRequest hook: 401 without a live session, 403 on a write without its CSRF token. */
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
  interface FastifyRequest {
    /** The signed-in user; set by app.authenticate on the routes that use it. */
    user: User;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The security schemes of the OpenAPI document (src/plugins/docs.ts). */
export const securitySchemes = {
  sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
  csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
} as const;

/**
 * For the schema of a route behind app.authenticate: the credentials it needs (documented in
 * /openapi.json) and the errors they add: 401 signed out, and on a write 403 without the CSRF
 * token.
 */
export const reading = { security: [{ sessionCookie: [] }], errors: [401] };
export const writing = { security: [{ sessionCookie: [], csrfToken: [] }], errors: [401, 403] };

/** The session id from the request's cookie, if any. */
export function sessionIdOf(request: FastifyRequest): string | undefined {
  const value = request.cookies[SESSION_COOKIE];
  return value !== undefined && value.length > 0 ? value : undefined;
}

/**
 * Authentication by session cookie, plus CSRF protection: browsers attach cookies to requests
 * that other sites trigger, so every state-changing request must also echo the CSRF token
 * (header X-CSRF-Token) that only our own client received at login. Wrapped in fastify-plugin,
 * so cookie parsing and `app.authenticate` are available to every route plugin.
 */
export default fp(
  async (app) => {
    await app.register(cookie);
    const sessions = sessionStore(app.db, app.config.sessionSecret);
    // Reserves the property on every request (Fastify keeps request objects the same shape).
    // Only routes behind app.authenticate read it, and that hook always sets it first.
    app.decorateRequest('user', null as unknown as User);

    app.decorate('authenticate', async (request: FastifyRequest) => {
      const sessionId = sessionIdOf(request);
      const session = sessionId ? await sessions.find(sessionId) : undefined;
      if (!session) throw unauthorized();
      const csrfToken = request.headers['x-csrf-token'];
      const given = typeof csrfToken === 'string' ? csrfToken : '';
      if (!SAFE_METHODS.has(request.method) && !tokensMatch(session.csrfToken, given)) {
        throw forbidden('Missing or invalid CSRF token');
      }
      request.user = session.user;
    });
  },
  { name: 'authenticate', dependencies: ['database'] },
);
