import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { PASSWORD, signUp } from '../helpers/auth.ts';

const { http, close } = await createTestApp();
afterAll(close);

const login = (email: string, password: string) =>
  request(http).post('/api/v1/auth/login').send({ email, password });

// Each failed login runs a deliberately slow password check; allow for a busy CI machine.
describe('login rate limit', { timeout: 60_000 }, () => {
  it('blocks an email after 10 failed logins in a minute; other emails are unaffected', async () => {
    const target = await signUp(http);
    const bystander = await signUp(http);
    for (let attempt = 1; attempt <= 10; attempt++) {
      await login(target.email, 'wrong-password').expect(401);
    }

    // Even the right password is refused now, until the window passes.
    const blocked = await login(target.email, PASSWORD).expect(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    await login(bystander.email, PASSWORD).expect(200);
  });

  it('counts concurrent failures atomically: 30 at once let exactly 10 reach the password check', async () => {
    const target = await signUp(http);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => login(target.email, 'wrong-password')),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
  });

  it('does not count successful logins', async () => {
    const user = await signUp(http);
    for (let attempt = 1; attempt <= 12; attempt++) {
      await login(user.email, PASSWORD).expect(200);
    }
  });
});
