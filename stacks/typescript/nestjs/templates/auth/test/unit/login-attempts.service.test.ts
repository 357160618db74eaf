import { describe, expect, it } from 'vitest';
import {
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_MS,
  LoginAttemptsService,
} from '../../src/auth/login-attempts.service.ts';

const KEY = '203.0.113.7|ada@example.com';

function failTimes(attempts: LoginAttemptsService, times: number, now: number): void {
  for (let i = 0; i < times; i++) attempts.recordFailure(KEY, now);
}

describe('LoginAttemptsService', () => {
  it(`blocks a key after ${LOGIN_MAX_FAILURES} failures within the window`, () => {
    const attempts = new LoginAttemptsService();
    const start = 1_000_000;
    failTimes(attempts, LOGIN_MAX_FAILURES - 1, start);
    expect(attempts.retryAfterSeconds(KEY, start)).toBe(0);
    failTimes(attempts, 1, start);
    expect(attempts.retryAfterSeconds(KEY, start)).toBe(LOGIN_WINDOW_MS / 1000);
    expect(attempts.retryAfterSeconds(KEY, start + 59_500)).toBe(1);
  });

  it('forgets the failures once the window has passed', () => {
    const attempts = new LoginAttemptsService();
    failTimes(attempts, LOGIN_MAX_FAILURES, 0);
    expect(attempts.retryAfterSeconds(KEY, LOGIN_WINDOW_MS)).toBe(0);
    failTimes(attempts, 1, LOGIN_WINDOW_MS);
    expect(attempts.retryAfterSeconds(KEY, LOGIN_WINDOW_MS)).toBe(0);
  });

  it('keeps keys apart: another email or address is not blocked', () => {
    const attempts = new LoginAttemptsService();
    failTimes(attempts, LOGIN_MAX_FAILURES, 0);
    expect(attempts.retryAfterSeconds('203.0.113.7|bob@example.com', 0)).toBe(0);
    expect(attempts.retryAfterSeconds('198.51.100.1|ada@example.com', 0)).toBe(0);
  });
});
