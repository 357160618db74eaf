import type { RequestHandler } from 'express';

/** Responses that must never be cached by a browser or proxy (they carry credentials). */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
