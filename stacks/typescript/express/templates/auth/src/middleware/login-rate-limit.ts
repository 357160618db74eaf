import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { tooManyRequests } from '../lib/http-error.ts';

export const LOGIN_WINDOW_MS = 60_000;
export const LOGIN_MAX_FAILURES = 10;

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/**
 * Slows down password guessing: after 10 failed logins for one email from one address within a
 * minute, further attempts for that email get 429 with Retry-After until the window passes.
 * Successful logins don't count, and other emails are unaffected. Counters live in memory, per
 * process; with several replicas, use a shared store such as Redis.
 */
export function loginRateLimit() {
  return rateLimit({
    windowMs: LOGIN_WINDOW_MS,
    limit: LOGIN_MAX_FAILURES,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${emailOf(req.body)}`,
    handler: (_req, _res, next) => {
      next(tooManyRequests('Too many failed login attempts; try again later'));
    },
  });
}
