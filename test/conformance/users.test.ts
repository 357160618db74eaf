/** GET /api/v1/users: admin only (auth = jwt or session). */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, getAdmin, newActor, type Actor } from './client.js';
import { HAS_AUTH } from './env.js';
import { expectError, expectJson, expectNoHashes, expectPage, expectUser } from './shapes.js';

describe.runIf(HAS_AUTH)('users (admin)', () => {
  let admin: Actor;
  let member: Actor;

  beforeAll(async () => {
    admin = await getAdmin();
    member = await newActor('member');
  });

  it('admin -> 200 {data: [User], page: 1, pageSize: 20, total}', async () => {
    const res = await api('/api/v1/users', { as: admin });
    const page = expectPage(expectJson(res, 200), expectUser);
    expectNoHashes(res.text);
    expect(page.page).toBe(1);
    expect(page.pageSize).toBe(20);
    // At least the admin and the member registered above exist.
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.data.length).toBe(Math.min(20, page.total));
    expect(new Set(page.data.map((user) => user.id)).size).toBe(page.data.length);
  });

  it('a user who is not admin -> 403 forbidden', async () => {
    expectError(await api('/api/v1/users', { as: member }), 403, 'forbidden');
  });

  it('no credentials -> 401 unauthorized', async () => {
    expectError(await api('/api/v1/users'), 401, 'unauthorized');
  });
});
