import type { Request, RequestHandler } from 'express';
import { forbidden, unauthorized } from '../lib/http-error.ts';

/** The signed-in caller that requireAuth attached to the request (see src/types/express.d.ts). */
export function currentUser(req: Request): NonNullable<Request['user']> {
  if (!req.user) throw unauthorized();
  return req.user;
}

/**
 * Authorisation, after authentication: only admins get past this. The role comes from the
 * signed-in account (a session) or from the token it was issued with (a bearer token).
 */
export const requireAdmin: RequestHandler = (req, _res, next) => {
  if (currentUser(req).role !== 'admin') throw forbidden('Only admins can do this');
  next();
};
