import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { signUp } from '../helpers/auth.ts';

const { http, db, close } = await createTestApp();
afterAll(close);

describe('task ownership', () => {
  it("hides one user's tasks from everyone else (404, never 403)", async () => {
    const alice = await signUp(http);
    const bob = await signUp(http);
    const created = await request(http)
      .post('/api/v1/tasks')
      .set(alice.headers)
      .send({ title: "Alice's secret" })
      .expect(201);
    const path = `/api/v1/tasks/${created.body.id}`;

    await request(http).get(path).set(bob.headers).expect(404);
    await request(http).put(path).set(bob.headers).send({ title: 'Mine now' }).expect(404);
    await request(http).patch(path).set(bob.headers).send({ status: 'done' }).expect(404);
    await request(http).delete(path).set(bob.headers).expect(404);
    const bobs = await request(http).get('/api/v1/tasks').set(bob.headers).expect(200);
    expect(bobs.body.total).toBe(0);

    const still = await request(http).get(path).set(alice.headers).expect(200);
    expect(still.body.title).toBe("Alice's secret");
  });

  it('deleting a user deletes their tasks (ON DELETE CASCADE)', async () => {
    const carol = await signUp(http);
    for (const title of ['One', 'Two']) {
      await request(http).post('/api/v1/tasks').set(carol.headers).send({ title }).expect(201);
    }
    const owned = () =>
      db.selectFrom('tasks').select('id').where('owner_id', '=', carol.user.id).execute();
    expect(await owned()).toHaveLength(2);

    await db.deleteFrom('users').where('id', '=', carol.user.id).execute();
    expect(await owned()).toHaveLength(0);

    // Her credentials, issued before, create nothing any more.
    const late = await request(http)
      .post('/api/v1/tasks')
      .set(carol.headers)
      .send({ title: 'Three' })
      .expect(401);
    expect(late.body.error.code).toBe('unauthorized');
    expect(await owned()).toHaveLength(0);
  });
});
