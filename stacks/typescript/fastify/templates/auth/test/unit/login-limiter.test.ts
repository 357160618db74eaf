import { describe, expect, it } from 'vitest';
import { createFailureLimiter } from '../../src/modules/auth/login-limiter.ts';

/** A limiter on a clock the test moves by hand. */
function limiterAt(start = 1_000_000) {
  let time = start;
  const limiter = createFailureLimiter({ limit: 3, windowMs: 60_000, now: () => time });
  return { limiter, advance: (ms: number) => (time += ms) };
}

describe('failure limiter', () => {
  it('blocks a key after `limit` failures, with the seconds left in its window', () => {
    const { limiter, advance } = limiterAt();
    for (let i = 0; i < 2; i++) limiter.recordFailure('ip|a@example.com');
    expect(limiter.retryAfterSeconds('ip|a@example.com')).toBe(0);
    limiter.recordFailure('ip|a@example.com');
    expect(limiter.retryAfterSeconds('ip|a@example.com')).toBe(60);
    advance(15_500);
    expect(limiter.retryAfterSeconds('ip|a@example.com')).toBe(45);
  });

  it('lets the key try again once the window has passed', () => {
    const { limiter, advance } = limiterAt();
    for (let i = 0; i < 3; i++) limiter.recordFailure('k');
    advance(60_000);
    expect(limiter.retryAfterSeconds('k')).toBe(0);
    limiter.recordFailure('k');
    expect(limiter.retryAfterSeconds('k')).toBe(0);
  });

  it('keeps keys apart', () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 3; i++) limiter.recordFailure('ip|a@example.com');
    expect(limiter.retryAfterSeconds('ip|b@example.com')).toBe(0);
    expect(limiter.retryAfterSeconds('other-ip|a@example.com')).toBe(0);
  });
});
