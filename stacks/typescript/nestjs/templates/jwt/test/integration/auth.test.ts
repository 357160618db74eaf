import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, uniqueEmail } from '../helpers/app.ts';
import { PASSWORD, register, signUp } from '../helpers/auth.ts';

const { app, http, adminEmail } = await createTestApp();
afterAll(() => app.close());

// The app's own JwtService (JWT_SECRET, HS256), to make tokens that are bad in one way each.
const jwt = app.get(JwtService);

const me = (token: string) =>
  request(http).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);

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

  it('is 409 for an email that is already registered, in any case', async () => {
    const email = uniqueEmail();
    await register(http, email).expect(201);
    const res = await register(http, email.toUpperCase()).expect(409);
    expect(res.body.error.code).toBe('conflict');
  });

  it('is 422 with a detail per bad field', async () => {
    const res = await request(http)
      .post('/api/v1/auth/register')
      .send({ email: 'nope', password: 'short', name: '' })
      .expect(422);
    const fields = res.body.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
  });

  it('makes the ADMIN_EMAIL account an admin', async () => {
    const res = await register(http, adminEmail).expect(201);
    expect(res.body.user.role).toBe('admin');
  });
});

describe('login', () => {
  it('returns a bearer token that works for /me', async () => {
    const email = uniqueEmail();
    await register(http, email).expect(201);
    const res = await request(http).post('/api/v1/auth/login').send({ email, password: PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 3600, user: { email } });
    const who = await me(res.body.accessToken).expect(200);
    expect(who.body.user).toEqual(res.body.user);
  });

  it('gives the same 401 for a wrong password and an unknown email', async () => {
    const { email } = await signUp(http);
    const login = (body: object) => request(http).post('/api/v1/auth/login').send(body).expect(401);
    const wrongPassword = await login({ email, password: 'not-the-password' });
    const unknownEmail = await login({ email: uniqueEmail(), password: PASSWORD });
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.error.code).toBe('unauthorized');
  });
});

describe('GET /api/v1/auth/me rejects every bad token with 401', () => {
  it('missing or malformed', async () => {
    const res = await request(http).get('/api/v1/auth/me').expect(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    await request(http).get('/api/v1/auth/me').set('Authorization', 'Basic abc').expect(401);
    await me('not-a-token').expect(401);
  });

  it('expired, wrongly signed, another algorithm, or alg none', async () => {
    const { user } = await signUp(http);
    await me(await jwt.signAsync({}, { subject: user.id, expiresIn: -10 })).expect(401);
    const otherSecret = 'some-other-secret-of-thirty-two-chars!';
    await me(await jwt.signAsync({}, { subject: user.id, secret: otherSecret })).expect(401);
    await me(await jwt.signAsync({}, { subject: user.id, algorithm: 'HS512' })).expect(401);
    const header = Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url');
    const claims = Buffer.from(JSON.stringify({ sub: user.id, exp: 9_999_999_999 })).toString(
      'base64url',
    );
    await me(`${header}.${claims}.`).expect(401);
  });

  it('tampered, or for a user who no longer exists', async () => {
    const { user, headers } = await signUp(http);
    const [header, payload, signature] = (headers.Authorization ?? '').slice(7).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const elevated = Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString(
      'base64url',
    );
    await me(`${header}.${elevated}.${signature}`).expect(401);

    await me(await jwt.signAsync({ role: 'admin' }, { subject: randomUUID() })).expect(401);
    await me(await jwt.signAsync({ role: user.role }, { subject: user.id })).expect(200);
  });
});
