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
  /** Headers that authenticate a request as this user. */
  headers: Record<string, string>;
}

export function register(http: Server, email: string, password = PASSWORD) {
  return request(http).post('/api/v1/auth/register').send({ email, password, name: 'Test User' });
}

/** Registers a new user, logs in, and returns the bearer token header. */
export async function signUp(http: Server, email = uniqueEmail()): Promise<SignedIn> {
  await register(http, email).expect(201);
  const res = await request(http)
    .post('/api/v1/auth/login')
    .send({ email, password: PASSWORD })
    .expect(200);
  return {
    user: res.body.user,
    email,
    headers: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}
