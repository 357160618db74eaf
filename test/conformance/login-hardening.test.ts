/**
 * Login hardening from "Hostile input": login responses are never cached, and the failed-login
 * limit is counted atomically, so 30 concurrent wrong passwords for one email let at most 10
 * through to a 401. Every test uses fresh emails: the limit is per email and client address,
 * so the other login tests (all from this same address) are unaffected in any order.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, login, newCredentials, register, type ApiResponse, type Credentials } from './client.js';
import { HAS_AUTH } from './env.js';
import { describeResponse, expectError, expectJson, expectStatus } from './shapes.js';

function expectNoStore(res: ApiResponse): void {
  const directives = (res.headers.get('cache-control') ?? '').toLowerCase().split(',').map((d) => d.trim());
  expect(directives, `Cache-Control of ${describeResponse(res)}`).toContain('no-store');
}

function retryAfterSeconds(res: ApiResponse): number {
  const value = res.headers.get('retry-after') ?? '';
  return /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - Date.now()) / 1000;
}

describe.runIf(HAS_AUTH)('login hardening', () => {
  let credentials: Credentials;

  beforeAll(async () => {
    credentials = newCredentials('nostore');
    expectStatus(await register(credentials), 201);
  });

  it('a successful login -> Cache-Control: no-store', async () => {
    const res = await login(credentials.email, credentials.password);
    expectJson(res, 200);
    expectNoStore(res);
  });

  it('a failed login (wrong password, invalid input) -> Cache-Control: no-store', async () => {
    const wrong = await login(credentials.email, `${credentials.password}-wrong`);
    expectError(wrong, 401, 'unauthorized');
    expectNoStore(wrong);
    const invalid = await api('/api/v1/auth/login', { method: 'POST', json: { email: credentials.email } });
    expectStatus(invalid, 422);
    expectNoStore(invalid);
  });

  it('30 concurrent wrong passwords for one email -> at most 10 answered 401, the rest 429 with Retry-After', async () => {
    const victim = newCredentials('race');
    expectStatus(await register(victim), 201);

    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(victim.email, `wrong-${i}`)));
    const statuses = answers.map((res) => res.status);
    const summary = `statuses: ${JSON.stringify(statuses)}`;
    expect(statuses.every((status) => status === 401 || status === 429), summary).toBe(true);
    const unauthorized = answers.filter((res) => res.status === 401);
    expect(unauthorized.length, summary).toBeGreaterThanOrEqual(1);
    expect(unauthorized.length, summary).toBeLessThanOrEqual(10);
    for (const res of answers) {
      if (res.status === 401) {
        expectError(res, 401, 'unauthorized');
        continue;
      }
      expectError(res, 429, 'rate_limited');
      const seconds = retryAfterSeconds(res);
      expect(seconds > 0 && seconds <= 61, `Retry-After of ${describeResponse(res)}`).toBe(true);
    }

    // The limit holds afterwards, even for the right password.
    expectError(await login(victim.email, victim.password), 429, 'rate_limited');
  });
});
