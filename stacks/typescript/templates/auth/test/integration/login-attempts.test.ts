import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/database.ts';
import {
  LOGIN_MAX_FAILURES,
  LOGIN_WINDOW_MS,
  loginAttempts,
} from '../../src/lib/login-attempts.ts';
import { testDatabaseUrl } from '../database.ts';

// Two connection pools stand for two processes (or replicas) of the app on one database.
const first = createDb(testDatabaseUrl());
const second = createDb(testDatabaseUrl());
afterAll(async () => {
  await first.destroy();
  await second.destroy();
});

const email = () => `limit-${randomUUID()}@example.test`;
const allowedCount = (results: Array<{ allowed: boolean }>) =>
  results.filter((result) => result.allowed).length;

describe('failed-login counts in the database', () => {
  it('lets exactly 10 of 30 concurrent attempts through, across two processes', async () => {
    const target = email();
    const a = loginAttempts(first);
    const b = loginAttempts(second);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).begin(target, '203.0.113.7')),
    );
    expect(allowedCount(results)).toBe(LOGIN_MAX_FAILURES);
    const refused = results.find((result) => !result.allowed);
    expect(refused).toMatchObject({ allowed: false });
    if (refused && !refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(0);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    }
  });

  it('counts per email and address: other emails and other addresses are unaffected', async () => {
    const attempts = loginAttempts(first);
    const target = email();
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) await attempts.begin(target, '203.0.113.8');
    expect((await attempts.begin(target, '203.0.113.8')).allowed).toBe(false);
    expect((await attempts.begin(target, '198.51.100.1')).allowed).toBe(true);
    expect((await attempts.begin(email(), '203.0.113.8')).allowed).toBe(true);
  });

  it('starts again once the window has passed', async () => {
    const attempts = loginAttempts(first);
    const target = email();
    const start = new Date();
    for (let i = 0; i <= LOGIN_MAX_FAILURES; i++)
      await attempts.begin(target, '203.0.113.9', start);
    expect((await attempts.begin(target, '203.0.113.9', start)).allowed).toBe(false);
    const later = new Date(start.getTime() + LOGIN_WINDOW_MS + 1);
    expect((await attempts.begin(target, '203.0.113.9', later)).allowed).toBe(true);
  });

  it('forgets the failures after a successful login', async () => {
    const attempts = loginAttempts(first);
    const target = email();
    for (let i = 1; i < LOGIN_MAX_FAILURES; i++) await attempts.begin(target, '203.0.113.10');
    const last = await attempts.begin(target, '203.0.113.10');
    if (!last.allowed) throw new Error('the 10th attempt is still allowed');
    await last.succeeded();
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect((await attempts.begin(target, '203.0.113.10')).allowed).toBe(true);
    }
  });
});
