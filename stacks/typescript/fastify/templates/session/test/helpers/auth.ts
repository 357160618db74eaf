import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
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

export function register(app: FastifyInstance, email: string, password = PASSWORD) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email, password, name: 'Test User' },
  });
}

export function login(app: FastifyInstance, email: string, password = PASSWORD) {
  return app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
}

/** The `name=value` part of the session cookie a response sets. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const lines = Array.isArray(setCookie) ? setCookie : [setCookie ?? ''];
  const line = lines.find((candidate) => candidate.startsWith('sid='));
  if (!line) throw new Error('The response set no session cookie');
  return line.split(';')[0] ?? '';
}

/** Registers a new user and logs in, keeping the session cookie and the CSRF token. */
export async function signUp(app: FastifyInstance, email = uniqueEmail()): Promise<SignedIn> {
  expect((await register(app, email)).statusCode).toBe(201);
  const res = await login(app, email);
  expect(res.statusCode).toBe(200);
  const cookie = sessionCookie(res.headers['set-cookie']);
  const { user, csrfToken } = res.json();
  return { user, email, csrfToken, cookie, headers: { cookie, 'x-csrf-token': csrfToken } };
}
