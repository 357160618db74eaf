import { afterAll, describe, expect, it } from 'vitest';
import { hashSessionId } from '../../src/modules/auth/sessions.ts';
import { buildTestApp, uniqueEmail } from '../helpers/app.ts';
import { login, PASSWORD, register, sessionCookie, signUp } from '../helpers/auth.ts';

const { app, config, adminEmail } = await buildTestApp();
afterAll(() => app.close());

const me = (cookie?: string) =>
  app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie ? { cookie } : {} });

describe('register', () => {
  it('creates a user with a normalised email and never returns the password hash', async () => {
    const email = uniqueEmail();
    const res = await register(app, `  ${email.toUpperCase()} `);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      user: {
        id: expect.any(String),
        email,
        name: 'Test User',
        role: 'user',
        createdAt: expect.stringMatching(/Z$/),
      },
    });
  });

  it('is 409 for a duplicate email and 422 for invalid input', async () => {
    const email = uniqueEmail();
    expect((await register(app, email)).statusCode).toBe(201);
    expect((await register(app, email.toUpperCase())).statusCode).toBe(409);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email },
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields.sort()).toEqual(['name', 'password']);
  });

  it('makes the ADMIN_EMAIL account an admin', async () => {
    const res = await register(app, adminEmail);
    expect(res.json().user.role).toBe('admin');
  });
});

describe('login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns a CSRF token', async () => {
    const email = uniqueEmail();
    await register(app, email);
    const res = await login(app, email);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { email }, csrfToken: expect.any(String) });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // tests run outside production

    const whoami = await me(sessionCookie(res.headers['set-cookie']));
    expect(whoami.statusCode).toBe(200);
    expect(whoami.json().user).toEqual(res.json().user);
  });

  it('marks the cookie Secure in production', async () => {
    const production = await buildTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'p'.repeat(32),
    });
    try {
      const email = uniqueEmail();
      expect((await register(production.app, email)).statusCode).toBe(201);
      const res = await login(production.app, email);
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await production.app.close();
    }
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const { email } = await signUp(app);
    const wrongPassword = await login(app, email, 'not-the-password');
    const unknownEmail = await login(app, uniqueEmail(), PASSWORD);
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
  });

  it('stores only a keyed hash of the session id', async () => {
    const { cookie } = await signUp(app);
    const sessionId = cookie.slice('sid='.length);
    const byId = (id: string) =>
      app.db.selectFrom('sessions').select('id').where('id', '=', id).execute();
    expect(await byId(sessionId)).toHaveLength(0);
    expect(await byId(hashSessionId(sessionId, config.sessionSecret))).toHaveLength(1);
  });
});

describe('CSRF protection', () => {
  it('requires X-CSRF-Token on state-changing requests made with the cookie', async () => {
    const { cookie, csrfToken } = await signUp(app);
    const create = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        headers: { cookie, ...headers },
        payload: { title: 'CSRF check' },
      });
    const missing = await create({});
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('forbidden');
    expect((await create({ 'x-csrf-token': 'wrong' })).statusCode).toBe(403);
    expect((await create({ 'x-csrf-token': csrfToken })).statusCode).toBe(201);
  });

  it("refuses another session's token", async () => {
    const alice = await signUp(app);
    const bob = await signUp(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: { cookie: alice.cookie, 'x-csrf-token': bob.csrfToken },
      payload: { title: 'Not yours' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('does not need the token for reads', async () => {
    const { cookie } = await signUp(app);
    const res = await app.inject({ method: 'GET', url: '/api/v1/tasks', headers: { cookie } });
    expect(res.statusCode).toBe(200);
  });
});

describe('logout', () => {
  it('ends the session: 204, the cookie is cleared and no longer works', async () => {
    const { cookie, headers } = await signUp(app);
    const logout = (h: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: h });
    expect((await logout({ cookie })).statusCode).toBe(403);
    const res = await logout(headers);
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/sid=;/);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('401s without a valid session', async () => {
    expect((await me()).statusCode).toBe(401);
    expect((await me('sid=forged')).statusCode).toBe(401);
  });
});
