import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, uniqueEmail } from '../helpers/app.ts';
import { PASSWORD, register, sessionCookie, signUp } from '../helpers/auth.ts';
import { hashSessionId } from '../helpers/session-store.ts';

const { http, db, config, adminEmail, close } = await createTestApp();
afterAll(close);

describe('register', () => {
  it('creates a user with a normalised email and never returns the password hash', async () => {
    const email = uniqueEmail();
    const res = await register(http, `  ${email.toUpperCase()} `).expect(201);
    expect(res.body).toEqual({
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
    await register(http, email).expect(201);
    await register(http, email.toUpperCase()).expect(409);
    const res = await request(http).post('/api/v1/auth/register').send({ email }).expect(422);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'name',
      'password',
    ]);
  });

  it('makes the ADMIN_EMAIL account an admin', async () => {
    const res = await register(http, adminEmail).expect(201);
    expect(res.body.user.role).toBe('admin');
  });
});

describe('login', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns a CSRF token', async () => {
    const email = uniqueEmail();
    await register(http, email).expect(201);
    const res = await request(http)
      .post('/api/v1/auth/login')
      .send({ email, password: PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({ user: { email }, csrfToken: expect.any(String) });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // tests run outside production

    const cookie = sessionCookie(res.headers['set-cookie']);
    const me = await request(http).get('/api/v1/auth/me').set('Cookie', cookie).expect(200);
    expect(me.body.user).toEqual(res.body.user);
  });

  it('marks the cookie Secure in production', async () => {
    const production = await createTestApp({
      NODE_ENV: 'production',
      SESSION_SECRET: 'p'.repeat(32),
    });
    try {
      const email = uniqueEmail();
      await register(production.http, email).expect(201);
      const res = await request(production.http)
        .post('/api/v1/auth/login')
        .send({ email, password: PASSWORD })
        .expect(200);
      expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await production.close();
    }
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const { email } = await signUp(http);
    const login = (body: object) => request(http).post('/api/v1/auth/login').send(body).expect(401);
    const wrongPassword = await login({ email, password: 'not-the-password' });
    const unknownEmail = await login({ email: uniqueEmail(), password: PASSWORD });
    expect(wrongPassword.body).toEqual(unknownEmail.body);
  });

  it('stores only a keyed hash of the session id', async () => {
    const { cookie } = await signUp(http);
    const sessionId = cookie.slice('sid='.length);
    const byId = (id: string) =>
      db.selectFrom('sessions').select('id').where('id', '=', id).execute();
    expect(await byId(sessionId)).toHaveLength(0);
    expect(await byId(hashSessionId(sessionId, config.sessionSecret))).toHaveLength(1);
  });
});

describe('CSRF protection', () => {
  it('requires X-CSRF-Token on state-changing requests made with the cookie', async () => {
    const { cookie, csrfToken } = await signUp(http);
    const create = () => request(http).post('/api/v1/tasks').set('Cookie', cookie);
    const missing = await create().send({ title: 'No token' }).expect(403);
    expect(missing.body.error.code).toBe('forbidden');
    await create().set('X-CSRF-Token', 'wrong').send({ title: 'Bad token' }).expect(403);
    await create().set('X-CSRF-Token', csrfToken).send({ title: 'Good token' }).expect(201);
  });

  it('does not need the token for reads', async () => {
    const { cookie } = await signUp(http);
    await request(http).get('/api/v1/tasks').set('Cookie', cookie).expect(200);
  });
});

describe('logout', () => {
  it('ends the session: 204, the cookie is cleared and no longer works', async () => {
    const { cookie, headers } = await signUp(http);
    await request(http).post('/api/v1/auth/logout').set('Cookie', cookie).expect(403);
    const res = await request(http).post('/api/v1/auth/logout').set(headers).expect(204);
    expect(String(res.headers['set-cookie'])).toMatch(/sid=;/);
    await request(http).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
  });

  it('401s without a valid session', async () => {
    await request(http).get('/api/v1/auth/me').expect(401);
    await request(http).get('/api/v1/auth/me').set('Cookie', 'sid=forged').expect(401);
  });
});
