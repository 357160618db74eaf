import { Injectable } from '@nestjs/common';

export const LOGIN_WINDOW_MS = 60_000;
export const LOGIN_MAX_FAILURES = 10;

interface Window {
  failures: number;
  /** When this window closes and the count starts again (ms since the epoch). */
  resetAt: number;
}

/**
 * Counts failed logins per key (address + email) in fixed one-minute windows. In memory, per
 * process: with several replicas, keep the counters in a shared store such as Redis instead.
 */
@Injectable()
export class LoginAttemptsService {
  private readonly windows = new Map<string, Window>();

  /** Seconds until `key` may try again, or 0 when it isn't blocked. */
  retryAfterSeconds(key: string, now = Date.now()): number {
    const window = this.current(key, now);
    if (!window || window.failures < LOGIN_MAX_FAILURES) return 0;
    return Math.max(1, Math.ceil((window.resetAt - now) / 1000));
  }

  recordFailure(key: string, now = Date.now()): void {
    const window = this.current(key, now);
    if (window) window.failures += 1;
    else this.windows.set(key, { failures: 1, resetAt: now + LOGIN_WINDOW_MS });
    if (this.windows.size > 10_000) this.forgetExpired(now);
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && window.resetAt <= now) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.resetAt <= now) this.windows.delete(key);
    }
  }
}
