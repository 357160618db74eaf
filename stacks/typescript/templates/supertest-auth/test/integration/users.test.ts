import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { type SignedIn, signUp } from '../helpers/auth.ts';

const { http, adminEmail, close } = await createTestApp();
let admin: SignedIn;

beforeAll(async () => {
  admin = await signUp(http, adminEmail);
});
afterAll(close);

describe('GET /api/v1/users (admin only)', () => {
  it('makes the ADMIN_EMAIL account an admin, who can list users', async () => {
    expect(admin.user.role).toBe('admin');
    const res = await request(http)
      .get('/api/v1/users?pageSize=100')
      .set(admin.headers)
      .expect(200);
    expect(res.body).toMatchObject({ page: 1, pageSize: 100 });
    expect(res.body.total).toBeGreaterThanOrEqual(1);
    // Newest first, so the account just created is on the first page.
    expect(res.body.data).toContainEqual(admin.user);
    expect(JSON.stringify(res.body)).not.toMatch(/password/i);
  });

  it('validates the page parameters', async () => {
    const res = await request(http).get('/api/v1/users?pageSize=0').set(admin.headers).expect(422);
    expect(res.body.error.details[0].field).toBe('pageSize');
    await request(http).get('/api/v1/users?page=abc').set(admin.headers).expect(422);
  });

  it('is 403 for a regular user and 401 without credentials', async () => {
    const user = await signUp(http);
    expect(user.user.role).toBe('user');
    const forbidden = await request(http).get('/api/v1/users').set(user.headers).expect(403);
    expect(forbidden.body.error.code).toBe('forbidden');
    const anonymous = await request(http).get('/api/v1/users').expect(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
  });
});
