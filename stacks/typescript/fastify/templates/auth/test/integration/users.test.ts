import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { type SignedIn, signUp } from '../helpers/auth.ts';

const { app, adminEmail } = await buildTestApp();
let admin: SignedIn;

beforeAll(async () => {
  admin = await signUp(app, adminEmail);
});
afterAll(() => app.close());

const listUsers = (query: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: `/api/v1/users${query}`, headers });

describe('GET /api/v1/users (admin only)', () => {
  it('makes the ADMIN_EMAIL account an admin, who can list users', async () => {
    expect(admin.user.role).toBe('admin');
    const res = await listUsers('?pageSize=100', admin.headers);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ page: 1, pageSize: 100 });
    expect(res.json().total).toBeGreaterThanOrEqual(1);
    // Newest first, so the account just created is on the first page.
    expect(res.json().data).toContainEqual(admin.user);
    expect(res.body).not.toMatch(/password/i);
  });

  it('validates the page parameters', async () => {
    const res = await listUsers('?pageSize=0', admin.headers);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details[0].field).toBe('pageSize');
    expect((await listUsers('?page=abc', admin.headers)).statusCode).toBe(422);
  });

  it('is 403 for a regular user and 401 without credentials', async () => {
    const user = await signUp(app);
    expect(user.user.role).toBe('user');
    const forbidden = await listUsers('', user.headers);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('forbidden');
    const anonymous = await listUsers('');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthorized');
  });
});
