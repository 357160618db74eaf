import type { Server } from 'node:http';
import request from 'supertest';
import { uniqueEmail } from './app.ts';

export const PASSWORD = 'correct-horse-battery';

/** A user as the API returns it (the API spec's User). */
export interface ApiUser {
  id: string;
  email: string;
  name: string;
  role: 'user' | 'admin';
  createdAt: string;
}

export interface SignedIn {
  user: ApiUser;
  email: string;
  csrfToken: string;
  /** The session cookie alone, as the browser would send it. */
  cookie: string;
  /** Headers that authenticate a request as this user: the cookie plus the CSRF token. */
  headers: Record<string, string>;
}

export function register(http: Server, email: string, password = PASSWORD) {
  return request(http).post('/api/v1/auth/register').send({ email, password, name: 'Test User' });
}

/** The `name=value` part of the session cookie a response sets. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const lines = Array.isArray(setCookie) ? setCookie : [setCookie ?? ''];
  const line = lines.find((candidate) => candidate.startsWith('sid='));
  if (!line) throw new Error('The response set no session cookie');
  return line.split(';')[0] ?? '';
}

/** Registers a new user and logs in, keeping the session cookie and the CSRF token. */
export async function signUp(http: Server, email = uniqueEmail()): Promise<SignedIn> {
  await register(http, email).expect(201);
  const res = await request(http)
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
