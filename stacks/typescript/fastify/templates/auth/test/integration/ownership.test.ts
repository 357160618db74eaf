import { afterAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { signUp } from '../helpers/auth.ts';

const { app } = await buildTestApp();
afterAll(() => app.close());

describe('task ownership', () => {
  it("hides one user's tasks from everyone else (404, never 403)", async () => {
    const alice = await signUp(app);
    const bob = await signUp(app);
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: alice.headers,
      payload: { title: "Alice's secret" },
    });
    const url = `/api/v1/tasks/${created.json().id}`;
    const asBob = (method: 'GET' | 'PUT' | 'PATCH' | 'DELETE', payload?: object) =>
      app.inject({ method, url, headers: bob.headers, ...(payload ? { payload } : {}) });

    expect((await asBob('GET')).statusCode).toBe(404);
    expect((await asBob('PUT', { title: 'Mine now' })).statusCode).toBe(404);
    expect((await asBob('PATCH', { status: 'done' })).statusCode).toBe(404);
    expect((await asBob('DELETE')).statusCode).toBe(404);
    const bobs = await app.inject({ method: 'GET', url: '/api/v1/tasks', headers: bob.headers });
    expect(bobs.json().total).toBe(0);

    const still = await app.inject({ method: 'GET', url, headers: alice.headers });
    expect(still.json().title).toBe("Alice's secret");
  });

  it('deleting a user deletes their tasks (ON DELETE CASCADE)', async () => {
    const carol = await signUp(app);
    for (const title of ['One', 'Two']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/tasks',
        headers: carol.headers,
        payload: { title },
      });
      expect(res.statusCode).toBe(201);
    }
    const owned = () =>
      app.db.selectFrom('tasks').select('id').where('owner_id', '=', carol.user.id).execute();
    expect(await owned()).toHaveLength(2);

    await app.db.deleteFrom('users').where('id', '=', carol.user.id).execute();
    expect(await owned()).toHaveLength(0);

    // Her credentials, issued before, create nothing any more.
    const late = await app.inject({
      method: 'POST',
      url: '/api/v1/tasks',
      headers: carol.headers,
      payload: { title: 'Three' },
    });
    expect(late.statusCode).toBe(401);
    expect(late.json().error.code).toBe('unauthorized');
    expect(await owned()).toHaveLength(0);
  });
});
