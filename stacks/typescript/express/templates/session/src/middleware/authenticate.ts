import type { Request, RequestHandler } from 'express';
import type { AppDeps } from '../app.ts';
import { forbidden, unauthorized } from '../lib/http-error.ts';
import { SESSION_COOKIE, sessionStore, tokensMatch } from '../modules/auth/sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The security schemes of /openapi.json (src/openapi.ts). */
export const securitySchemes = {
  sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
  csrfToken: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
} as const;

/**
 * For the document of a route behind requireAuth: the credentials it needs and the errors they
 * add: 401 signed out, and on a write 403 without the CSRF token.
 */
export const reading = { security: [{ sessionCookie: [] }], errors: [401] };
export const writing = { security: [{ sessionCookie: [], csrfToken: [] }], errors: [401, 403] };

/** The session id from the request's cookie, if any. */
export function sessionIdOf(req: Request): string | undefined {
  const value: unknown = req.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/**
 * Authentication by session cookie, plus CSRF protection: browsers attach cookies to requests
 * that other sites trigger, so every state-changing request must also echo the CSRF token
 * (header X-CSRF-Token) that only our own client received at login.
 */
export function requireAuth({ db, config }: Pick<AppDeps, 'db' | 'config'>): RequestHandler {
  const sessions = sessionStore(db, config.sessionSecret);
  return async (req, _res, next) => {
    const sessionId = sessionIdOf(req);
    const session = sessionId ? await sessions.find(sessionId) : undefined;
    if (!session) throw unauthorized();
    const csrfToken = req.get('x-csrf-token') ?? '';
    if (!SAFE_METHODS.has(req.method) && !tokensMatch(session.csrfToken, csrfToken)) {
      throw forbidden('Missing or invalid CSRF token');
    }
    req.user = session.user;
    next();
  };
}
