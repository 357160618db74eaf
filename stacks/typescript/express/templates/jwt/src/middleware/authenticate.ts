import type { RequestHandler } from 'express';
import type { AppDeps } from '../app.ts';
import { unauthorized } from '../lib/http-error.ts';
import { isUuid } from '../lib/uuid.ts';
import { verifyAccessToken } from '../modules/auth/tokens.ts';
import { userRepository } from '../modules/users/user.repository.ts';

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Authentication: accepts `Authorization: Bearer <token>` with a valid token for a user who
 * still exists, and attaches that user to the request. Everything else is one 401.
 */
export function requireAuth({ db, config }: Pick<AppDeps, 'db' | 'config'>): RequestHandler {
  const users = userRepository(db);
  return async (req, res, next) => {
    const token = BEARER.exec(req.get('authorization') ?? '')?.[1];
    const userId = token ? await verifyAccessToken(token, config.jwtSecret) : undefined;
    const user = isUuid(userId) ? await users.findById(userId) : undefined;
    if (!user) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw unauthorized();
    }
    req.user = user;
    next();
  };
}
