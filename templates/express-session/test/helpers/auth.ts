import type { Express } from 'express';
import request from 'supertest';
import type { User } from '../../src/modules/users/user.schemas.ts';
import { uniqueEmail } from './app.ts';

export const PASSWORD = 'correct-horse-battery';

export interface SignedIn {
  user: User;
  email: string;
  csrfToken: string;
  /** The session cookie alone, as the browser would send it. */
  cookie: string;
  /** Headers that authenticate a request as this user: the cookie plus the CSRF token. */
  headers: Record<string, string>;
}

export function register(app: Express, email: string, password = PASSWORD) {
  return request(app).post('/api/v1/auth/register').send({ email, password, name: 'Test User' });
}

/** The `name=value` part of the session cookie a response sets. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const lines = Array.isArray(setCookie) ? setCookie : [setCookie ?? ''];
  const line = lines.find((candidate) => candidate.startsWith('sid='));
  if (!line) throw new Error('The response set no session cookie');
  return line.split(';')[0] ?? '';
}

/** Registers a new user and logs in, keeping the session cookie and the CSRF token. */
export async function signUp(app: Express, email = uniqueEmail()): Promise<SignedIn> {
  await register(app, email).expect(201);
  const res = await request(app)
    .post('/api/v1/auth/login')
    .send({ email, password: PASSWORD })
    .expect(200);
  const cookie = sessionCookie(res.headers['set-cookie']);
  const { csrfToken } = res.body;
  return {
    user: res.body.user,
    email,
    csrfToken,
    cookie,
    headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken },
  };
}
