import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { PASSWORD, signUp } from '../helpers/auth.ts';

const { app } = await buildTestApp();
afterAll(() => app.close());

const login = (email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('login rate limit', () => {
  it('blocks an email after 10 failed logins in a minute; other emails are unaffected', async () => {
    const target = await signUp(app);
    const bystander = await signUp(app);
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await login(target.email, 'wrong-password')).statusCode).toBe(401);
    }

    // Even the right password is refused now, until the window passes. The email's case and
    // surrounding spaces don't make it a different key.
    const blocked = await login(` ${target.email.toUpperCase()} `, PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    expect((await login(bystander.email, PASSWORD)).statusCode).toBe(200);
  });

  it('counts concurrent failures atomically: 30 at once let exactly 10 reach the password check', async () => {
    const target = await signUp(app);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => login(target.email, 'wrong-password')),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
  });

  it('does not count successful logins or invalid requests', async () => {
    const user = await signUp(app);
    for (let attempt = 1; attempt <= 12; attempt++) {
      expect((await login(user.email, PASSWORD)).statusCode).toBe(200);
      expect((await login(user.email, '')).statusCode).toBe(422);
    }
  });
});
