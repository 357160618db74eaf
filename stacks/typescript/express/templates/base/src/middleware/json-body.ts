import type { RequestHandler } from 'express';
import { unsupportedMediaType } from '../lib/http-error.ts';

/**
 * 415 for a request that has a body in any format but JSON. express.json() alone would skip
 * such a body and the route would see none; a `text/plain` or form-encoded login must not be
 * treated as a login at all (that is how cross-site HTML forms post). `req.is()` is null
 * without a body; `Content-Length: 0` (a bodiless POST such as logout, from some clients)
 * counts as none too.
 */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const empty = req.headers['content-length'] === '0';
  if (!empty && req.is('application/json') === false) {
    next(unsupportedMediaType());
    return;
  }
  next();
};
