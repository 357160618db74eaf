import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { User } from '../../src/modules/users/user.schemas.ts';
import { uniqueEmail } from './app.ts';

export const PASSWORD = 'correct-horse-battery';

export interface SignedIn {
  user: User;
  email: string;
  /** Headers that authenticate a request as this user. */
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

/** Registers a new user, logs in, and returns the bearer token header. */
export async function signUp(app: FastifyInstance, email = uniqueEmail()): Promise<SignedIn> {
  expect((await register(app, email)).statusCode).toBe(201);
  const res = await login(app, email);
  expect(res.statusCode).toBe(200);
  const { user, accessToken } = res.json();
  return { user, email, headers: { authorization: `Bearer ${accessToken}` } };
}
