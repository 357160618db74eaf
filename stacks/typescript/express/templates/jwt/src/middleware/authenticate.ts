import type { RequestHandler } from 'express';
import type { AppDeps } from '../app.ts';
import { unauthorized } from '../lib/http-error.ts';
import { isUuid } from '../lib/uuid.ts';
import { verifyAccessToken } from '../modules/auth/tokens.ts';

const BEARER = /^Bearer\s+(\S+)$/i;

/** The security schemes of /openapi.json (src/openapi.ts). */
export const securitySchemes = {
  bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
} as const;

/**
 * For the document of a route behind requireAuth: the credentials it needs and the error they
 * add. A bearer token is no CSRF risk, so reads and writes are alike.
 */
export const reading = { security: [{ bearerAuth: [] }], errors: [401] };
export const writing = reading;

/**
 * Authentication: accepts `Authorization: Bearer <token>` with a valid token and attaches what
 * it says (the user's id and role) to the request. Everything else is one 401. No database
 * lookup per request: the signature proves who issued the claims, and tokens live one hour.
 * The routes that need the account itself read it (GET /auth/me, 401 once it is gone), and a
 * task for an account deleted since is refused with 401 by the foreign key (task.routes.ts).
 */
export function requireAuth({ config }: Pick<AppDeps, 'config'>): RequestHandler {
  return async (req, res, next) => {
    const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
    const caller = token ? await verifyAccessToken(token, config.jwtSecret) : undefined;
    if (!caller || !isUuid(caller.id)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw unauthorized();
    }
    req.user = caller;
    next();
  };
}
