import type {
  FastifyReply,
  FastifyRequest,
  onSendHookHandler,
  preHandlerHookHandler,
} from 'fastify';
import { tooManyRequests } from '../../lib/http-error.ts';

export const LOGIN_WINDOW_MS = 60_000;
export const LOGIN_MAX_FAILURES = 10;

interface Window {
  failures: number;
  /** When the window that started with the first failure ends (ms since the epoch). */
  resetAt: number;
}

/**
 * Counts failures per key in fixed windows. After `limit` failures within `windowMs` the key is
 * blocked until its window ends. In memory, per process: with several replicas, keep the
 * counters in a shared store such as Redis instead.
 */
export function createFailureLimiter({
  limit = LOGIN_MAX_FAILURES,
  windowMs = LOGIN_WINDOW_MS,
  now = Date.now,
} = {}) {
  const windows = new Map<string, Window>();
  let nextSweep = 0;

  /** Forgets finished windows now and then, so the map can't grow without bound. */
  function sweep(time: number): void {
    if (time < nextSweep) return;
    nextSweep = time + windowMs;
    for (const [key, window] of windows) {
      if (window.resetAt <= time) windows.delete(key);
    }
  }

  function current(key: string, time: number): Window | undefined {
    const window = windows.get(key);
    return window && window.resetAt > time ? window : undefined;
  }

  return {
    /** Seconds until `key` may try again, or 0 when it isn't blocked. */
    retryAfterSeconds(key: string): number {
      const time = now();
      const window = current(key, time);
      if (!window || window.failures < limit) return 0;
      return Math.max(1, Math.ceil((window.resetAt - time) / 1000));
    },

    recordFailure(key: string): void {
      const time = now();
      sweep(time);
      const window = current(key, time);
      if (window) window.failures += 1;
      else windows.set(key, { failures: 1, resetAt: time + windowMs });
    },
  };
}

/** One address trying one email: other emails, and other addresses, are unaffected. */
function keyOf(request: FastifyRequest): string {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return `${request.ip}|${typeof email === 'string' ? email : ''}`;
}

/**
 * The login route's rate limit as two route hooks: `preHandler` (after the body is validated and
 * the email normalised) refuses a blocked key with 429 and Retry-After; `onSend` counts the
 * attempt when the answer is 401. Successful logins are never counted. (@fastify/rate-limit
 * counts every request to a route, so it can't express "10 failed logins for one email from one
 * address"; this limiter counts only failures.)
 */
export function loginRateLimit(limiter = createFailureLimiter()): {
  preHandler: preHandlerHookHandler;
  onSend: onSendHookHandler;
} {
  return {
    preHandler: async (request: FastifyRequest, reply: FastifyReply) => {
      const wait = limiter.retryAfterSeconds(keyOf(request));
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw tooManyRequests('Too many failed login attempts; try again later');
      }
    },
    onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      if (reply.statusCode === 401) limiter.recordFailure(keyOf(request));
      return payload;
    },
  };
}
