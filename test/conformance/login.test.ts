/** POST /api/v1/auth/login in both auth modes, including the failed-login rate limit. */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, CookieJar, login, newCredentials, register, uniqueEmail, type Credentials } from './client.js';
import { AUTH, HAS_AUTH } from './env.js';
import { describeResponse, expectError, expectJson, expectNoHashes, expectNoPasswordKeys, expectStatus, expectUser } from './shapes.js';

/** Set-Cookie lines that carry HttpOnly and SameSite=Lax (attribute names are case-insensitive). */
function httpOnlyLaxCookies(headers: Headers): string[] {
  return headers.getSetCookie().filter((line) => {
    const attributes = line
      .split(';')
      .slice(1)
      .map((attribute) =>
        attribute
          .trim()
          .toLowerCase()
          .replace(/\s*=\s*/, '='),
      );
    return attributes.includes('httponly') && attributes.includes('samesite=lax');
  });
}

describe.runIf(HAS_AUTH)('login', () => {
  let credentials: Credentials;

  beforeAll(async () => {
    credentials = newCredentials('login');
    expectStatus(await register(credentials), 201);
  });

  it.runIf(AUTH === 'jwt')('-> 200 {accessToken, tokenType: "Bearer", expiresIn, user}', async () => {
    const res = await login(credentials.email, credentials.password);
    const body = expectJson(res, 200);
    expect(Object.keys(body).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType', 'user']);
    expect(body.accessToken).toEqual(expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/));
    expect(body.tokenType).toBe('Bearer');
    expect(Number.isInteger(body.expiresIn), `expiresIn is an integer: ${describeResponse(res)}`).toBe(true);
    expect(body.expiresIn as number).toBeGreaterThan(0);
    expect(expectUser(body.user)).toMatchObject({ email: credentials.email, name: credentials.name, role: 'user' });
    expectNoPasswordKeys(body);
    expectNoHashes(res.text);

    const me = await api('/api/v1/auth/me', { headers: { authorization: `Bearer ${String(body.accessToken)}` } });
    expect(expectUser(expectJson(me, 200).user).email).toBe(credentials.email);
  });

  it.runIf(AUTH === 'session')('-> 200 {user, csrfToken} and an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await login(credentials.email, credentials.password);
    const body = expectJson(res, 200);
    expect(Object.keys(body).sort()).toEqual(['csrfToken', 'user']);
    expect(typeof body.csrfToken).toBe('string');
    expect((body.csrfToken as string).length).toBeGreaterThan(0);
    expect(expectUser(body.user)).toMatchObject({ email: credentials.email, name: credentials.name, role: 'user' });
    expectNoPasswordKeys(body);
    expectNoHashes(res.text);

    const sessionCookies = httpOnlyLaxCookies(res.headers);
    expect(sessionCookies, `Set-Cookie: ${JSON.stringify(res.headers.getSetCookie())}`).not.toEqual([]);
    // The HttpOnly, SameSite=Lax cookie alone is what authenticates.
    const jar = new CookieJar();
    jar.store(new Headers(sessionCookies.map((line): [string, string] => ['set-cookie', line])));
    const me = await api('/api/v1/auth/me', { jar });
    expect(expectUser(expectJson(me, 200).user).email).toBe(credentials.email);
  });

  it('accepts the email in another case with surrounding whitespace', async () => {
    const res = await login(`  ${credentials.email.toUpperCase()} `, credentials.password);
    expect(expectUser(expectJson(res, 200).user).email).toBe(credentials.email);
  });

  it('wrong password and unknown email -> the same 401 body', async () => {
    const wrongPassword = await login(credentials.email, `${credentials.password}-wrong`);
    const unknownEmail = await login(uniqueEmail('nobody'), credentials.password);
    expectError(wrongPassword, 401, 'unauthorized');
    expectError(unknownEmail, 401, 'unauthorized');
    expect(unknownEmail.body).toEqual(wrongPassword.body);
  });

  it('10 failed logins for one email -> further attempts 429 with Retry-After; other emails unaffected', async () => {
    const victim = newCredentials('limit');
    const bystander = newCredentials('bystander');
    expectStatus(await register(victim), 201);
    expectStatus(await register(bystander), 201);

    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expectError(await login(victim.email, `wrong-${attempt}`), 401, 'unauthorized');
    }
    const limited = await login(victim.email, 'wrong-11');
    expectError(limited, 429, 'rate_limited');
    const retryAfter = limited.headers.get('retry-after') ?? '';
    const seconds = /^\d+$/.test(retryAfter) ? Number(retryAfter) : (Date.parse(retryAfter) - Date.now()) / 1000;
    expect(Number.isNaN(seconds), `Retry-After "${retryAfter}" is delta-seconds or an HTTP date`).toBe(false);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(61);

    // Still limited, even with the right password.
    expectError(await login(victim.email, victim.password), 429, 'rate_limited');

    // Other emails from the same client are not limited.
    expectError(await login(bystander.email, 'wrong-password'), 401, 'unauthorized');
    expectError(await login(uniqueEmail('other'), 'wrong-password'), 401, 'unauthorized');
    expectJson(await login(bystander.email, bystander.password), 200);
  });
});
