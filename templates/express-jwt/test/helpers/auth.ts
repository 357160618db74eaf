import type { Express } from 'express';
import request from 'supertest';
import type { User } from '../../src/modules/users/user.schemas.ts';
import { uniqueEmail } from './app.ts';

export const PASSWORD = 'correct-horse-battery';

export interface SignedIn {
  user: User;
  email: string;
  /** Headers that authenticate a request as this user. */
  headers: Record<string, string>;
}

export function register(app: Express, email: string, password = PASSWORD) {
  return request(app).post('/api/v1/auth/register').send({ email, password, name: 'Test User' });
}

/** Registers a new user, logs in, and returns the bearer token header. */
export async function signUp(app: Express, email = uniqueEmail()): Promise<SignedIn> {
  await register(app, email).expect(201);
  const res = await request(app)
    .post('/api/v1/auth/login')
    .send({ email, password: PASSWORD })
    .expect(200);
  return {
    user: res.body.user,
    email,
    headers: { Authorization: `Bearer ${res.body.accessToken}` },
  };
}
