/** POST /api/v1/auth/register (auth = jwt or session). */
import { describe, expect, it } from 'vitest';
import { api, getAdmin, newCredentials, register, uniqueId, type Credentials } from './client.js';
import { ADMIN_EMAIL, HAS_AUTH } from './env.js';
import { expectError, expectJson, expectNoHashes, expectNoPasswordKeys, expectUser, expectValidation, timestampNanos } from './shapes.js';

describe.runIf(HAS_AUTH)('register', () => {
  it('-> 201 {"user": User} with role user, no password anywhere', async () => {
    const credentials = newCredentials('reg');
    const before = Date.now();
    const res = await register(credentials);
    const body = expectJson(res, 201);
    expect(Object.keys(body)).toEqual(['user']);
    const user = expectUser(body.user);
    expect(user).toMatchObject({ email: credentials.email, name: credentials.name, role: 'user' });
    expectNoPasswordKeys(body);
    expectNoHashes(res.text);
    expect(res.text).not.toContain(credentials.password);
    // createdAt is "now" (generous bounds for clock skew between the suite and the app).
    const created = Number(timestampNanos(user.createdAt) / 1_000_000n);
    expect(Math.abs(created - before)).toBeLessThan(10 * 60_000);
  });

  it('trims and lower-cases the email', async () => {
    const credentials = newCredentials('reg');
    const res = await register({ ...credentials, email: `  ${credentials.email.toUpperCase()}\t ` });
    const user = expectUser(expectJson(res, 201).user);
    expect(user.email).toBe(credentials.email);
  });

  it('a duplicate email -> 409 conflict, also when it differs only in case and whitespace', async () => {
    const credentials = newCredentials('dup');
    expectJson(await register(credentials), 201);
    expectError(await register(credentials), 409, 'conflict');
    expectError(await register({ ...credentials, name: 'Other' }), 409, 'conflict');
    const variant = { ...credentials, email: ` ${credentials.email.toUpperCase()} ` };
    expectError(await register(variant), 409, 'conflict');
  });

  it('invalid input -> 422 with a details entry per bad field', async () => {
    const fresh = (): Credentials => newCredentials('val');
    const cases: Array<{ body: Record<string, unknown>; fields: string[] }> = [
      { body: {}, fields: ['email', 'password', 'name'] },
      { body: { email: 'not-an-email', password: 'short', name: '' }, fields: ['email', 'password', 'name'] },
      { body: { ...fresh(), email: 'not-an-email' }, fields: ['email'] },
      { body: { ...fresh(), email: `cf-${uniqueId()}@` }, fields: ['email'] },
      { body: { ...fresh(), password: 'x'.repeat(7) }, fields: ['password'] },
      { body: { ...fresh(), password: 'x'.repeat(129) }, fields: ['password'] },
      { body: { ...fresh(), name: '' }, fields: ['name'] },
      { body: { ...fresh(), name: 'n'.repeat(101) }, fields: ['name'] },
      { body: { email: fresh().email, password: 'long-enough' }, fields: ['name'] },
    ];
    for (const { body, fields } of cases) {
      const res = await api('/api/v1/auth/register', { method: 'POST', json: body });
      expectValidation(res, fields);
    }
  });

  it('accepts the boundaries: password 8 and 128 characters, name 1 and 100', async () => {
    const edges: Array<Partial<Credentials>> = [
      { password: 'p'.repeat(8), name: 'n' },
      { password: 'p'.repeat(128), name: 'n'.repeat(100) },
    ];
    for (const edge of edges) {
      const credentials = { ...newCredentials('edge'), ...edge };
      const user = expectUser(expectJson(await register(credentials), 201).user);
      expect(user.name).toBe(credentials.name);
    }
  });

  it('the ADMIN_EMAIL account has role admin', async () => {
    const admin = await getAdmin();
    if (admin.kind === 'anonymous') throw new Error('admin must be logged in');
    expect(admin.user.email).toBe(ADMIN_EMAIL);
    expect(admin.user.role).toBe('admin');
    const me = expectJson(await api('/api/v1/auth/me', { as: admin }), 200);
    expect(expectUser(me.user).role).toBe('admin');
  });
});
