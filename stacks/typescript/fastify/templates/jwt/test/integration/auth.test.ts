import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp, uniqueEmail } from '../helpers/app.ts';
import { login, PASSWORD, register, signUp } from '../helpers/auth.ts';
import { forgeToken, nowSeconds } from '../helpers/jwt.ts';

const { app, config, adminEmail } = await buildTestApp();
afterAll(() => app.close());

const me = (authorization?: string) =>
  app.inject({
    method: 'GET',
    url: '/api/v1/auth/me',
    headers: authorization === undefined ? {} : { authorization },
  });

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

  it('is 409 for an email that is already registered, in any case', async () => {
    const email = uniqueEmail();
    expect((await register(app, email)).statusCode).toBe(201);
    const res = await register(app, email.toUpperCase());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('conflict');
  });

  it('is 422 with one detail per bad field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: 'nope', password: 'short' },
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    expect(fields.sort()).toEqual(['email', 'name', 'password']);
  });

  it('makes the ADMIN_EMAIL account an admin', async () => {
    const res = await register(app, adminEmail);
    expect(res.json().user.role).toBe('admin');
  });
});

describe('login', () => {
  it('returns a bearer token that works on /me, and is never cached', async () => {
    const email = uniqueEmail();
    await register(app, email);
    const res = await login(app, ` ${email.toUpperCase()}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 3600,
      user: expect.objectContaining({ email }),
    });
    const whoami = await me(`Bearer ${body.accessToken}`);
    expect(whoami.statusCode).toBe(200);
    expect(whoami.json()).toEqual({ user: body.user });
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const { email } = await signUp(app);
    const wrongPassword = await login(app, email, 'not-the-password');
    const unknownEmail = await login(app, uniqueEmail(), PASSWORD);
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(unknownEmail.json());
    expect(wrongPassword.json().error.code).toBe('unauthorized');
  });
});

describe('GET /api/v1/auth/me rejects every bad token with 401', () => {
  it('missing or malformed', async () => {
    for (const header of [undefined, '', 'Basic abc', 'Bearer', 'Bearer not-a-token', 'Token x']) {
      const res = await me(header);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
  });

  it('expired, wrongly signed, or alg none', async () => {
    const { user } = await signUp(app);
    const claims = { sub: user.id, role: user.role };
    const secret = config.jwtSecret;
    expect(
      (await me(`Bearer ${forgeToken({ ...claims, exp: nowSeconds() - 1 }, { secret })}`))
        .statusCode,
    ).toBe(401);
    const exp = nowSeconds() + 60;
    const other = 'some-other-secret-of-thirty-two-chars!';
    expect(
      (await me(`Bearer ${forgeToken({ ...claims, exp }, { secret: other })}`)).statusCode,
    ).toBe(401);
    expect((await me(`Bearer ${forgeToken({ ...claims, exp }, { alg: 'none' })}`)).statusCode).toBe(
      401,
    );
    expect((await me(`Bearer ${forgeToken({ ...claims, exp }, { secret })}`)).statusCode).toBe(200);
  });

  it('for a user who no longer exists', async () => {
    const ghost = forgeToken(
      { sub: randomUUID(), role: 'admin', exp: nowSeconds() + 60 },
      { secret: config.jwtSecret },
    );
    expect((await me(`Bearer ${ghost}`)).statusCode).toBe(401);
    const notAnId = forgeToken(
      { sub: 'not-a-uuid', role: 'admin', exp: nowSeconds() + 60 },
      { secret: config.jwtSecret },
    );
    expect((await me(`Bearer ${notAnId}`)).statusCode).toBe(401);
  });
});
