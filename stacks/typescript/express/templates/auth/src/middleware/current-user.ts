import type { Request, RequestHandler } from 'express';
import { forbidden, unauthorized } from '../lib/http-error.ts';
import type { User } from '../modules/users/user.schemas.ts';

/** The signed-in user that requireAuth attached to the request. */
export function currentUser(req: Request): User {
  if (!req.user) throw unauthorized();
  return req.user;
}

/** Authorisation, after authentication: only admins get past this. */
export const requireAdmin: RequestHandler = (req, _res, next) => {
  if (currentUser(req).role !== 'admin') throw forbidden('Only admins can do this');
  next();
};
