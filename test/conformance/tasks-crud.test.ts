/** Create, read, replace, update and delete one task; validation; ownership. */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createTask, newActor, sleep, uniqueId, type Actor } from './client.js';
import { BASE_URL, HAS_AUTH } from './env.js';
import { describeResponse, expectError, expectJson, expectStatus, expectTask, expectValidation, timestampNanos, type TaskJson } from './shapes.js';

const taskPath = (id: string): string => `/api/v1/tasks/${id}`;

/** Ids that are not UUIDs: they must give 404, never 500. */
const NOT_UUIDS = ['not-a-uuid', '12345', `${randomUUID()}0`, randomUUID().replaceAll('-', 'z'), "1'%20OR%20'1'%3D'1"];

async function getTask(actor: Actor, id: string): Promise<TaskJson> {
  return expectTask(expectJson(await api(taskPath(id), { as: actor }), 200));
}

function expectNotEarlier(later: string, earlier: string, what: string): void {
  expect(timestampNanos(later) >= timestampNanos(earlier), `${what}: ${later} >= ${earlier}`).toBe(true);
}

describe('tasks: one task', () => {
  let actor: Actor;
  let marker: string;

  beforeAll(async () => {
    actor = await newActor('crud');
    marker = `cf${uniqueId()}`;
  });

  it.runIf(HAS_AUTH)('without credentials every task route -> 401', async () => {
    const id = randomUUID();
    const body = { title: 'x' };
    expectError(await api('/api/v1/tasks'), 401, 'unauthorized');
    expectError(await api('/api/v1/tasks', { method: 'POST', json: body }), 401, 'unauthorized');
    expectError(await api(taskPath(id)), 401, 'unauthorized');
    expectError(await api(taskPath(id), { method: 'PUT', json: body }), 401, 'unauthorized');
    expectError(await api(taskPath(id), { method: 'PATCH', json: body }), 401, 'unauthorized');
    expectError(await api(taskPath(id), { method: 'DELETE' }), 401, 'unauthorized');
  });

  it('POST -> 201 Task with Location /api/v1/tasks/<id>', async () => {
    const input = { title: `${marker} full`, description: 'Some words', status: 'in_progress', dueDate: '2030-05-17' };
    const before = Date.now();
    const res = await api('/api/v1/tasks', { method: 'POST', json: input, as: actor });
    const task = expectTask(expectJson(res, 201));
    expect(task).toMatchObject(input);
    const location = res.headers.get('location') ?? '';
    // The contract's form is the path; an absolute URL to the same path is tolerated.
    const url = new URL(location, BASE_URL);
    expect(`${url.pathname}${url.search}`, `Location: ${location}`).toBe(taskPath(task.id));
    expectNotEarlier(task.updatedAt, task.createdAt, 'updatedAt');
    expect(Math.abs(Number(timestampNanos(task.createdAt) / 1_000_000n) - before)).toBeLessThan(10 * 60_000);
    expect(await getTask(actor, task.id)).toEqual(task);
  });

  it('defaults: status todo, description null, dueDate null; explicit nulls are accepted', async () => {
    const task = await createTask(actor, { title: `${marker} defaults` });
    expect(task).toMatchObject({ status: 'todo', description: null, dueDate: null });
    const nulls = await createTask(actor, { title: `${marker} nulls`, description: null, dueDate: null });
    expect(nulls).toMatchObject({ status: 'todo', description: null, dueDate: null });
  });

  it('title is trimmed before its length is checked', async () => {
    expect((await createTask(actor, { title: `  ${marker} padded \t` })).title).toBe(`${marker} padded`);
    const longest = `${marker}${'t'.repeat(200 - marker.length)}`;
    expect((await createTask(actor, { title: `  ${longest}  ` })).title).toBe(longest);
    const description = 'd'.repeat(2000);
    expect((await createTask(actor, { title: `${marker} long`, description })).description).toBe(description);
  });

  it('invalid input -> 422 naming each bad field', async () => {
    const ok = `${marker} invalid`;
    const cases: Array<{ json: Record<string, unknown>; fields: string[] }> = [
      { json: {}, fields: ['title'] },
      { json: { title: '' }, fields: ['title'] },
      { json: { title: '   ' }, fields: ['title'] },
      { json: { title: null }, fields: ['title'] },
      { json: { title: 'x'.repeat(201) }, fields: ['title'] },
      { json: { title: ok, description: 'd'.repeat(2001) }, fields: ['description'] },
      { json: { title: ok, status: 'archived' }, fields: ['status'] },
      { json: { title: ok, dueDate: '2024-13-45' }, fields: ['dueDate'] },
      { json: { title: ok, dueDate: 'tomorrow' }, fields: ['dueDate'] },
      { json: { title: '', status: 'nope', dueDate: 'tomorrow' }, fields: ['title', 'status', 'dueDate'] },
    ];
    for (const { json, fields } of cases) {
      expectValidation(await api('/api/v1/tasks', { method: 'POST', json, as: actor }), fields);
    }
  });

  it('unknown fields are ignored and never stored or returned', async () => {
    const id = randomUUID();
    const input = {
      title: `${marker} extra`,
      id,
      ownerId: randomUUID(),
      userId: randomUUID(),
      createdAt: '2000-01-01T00:00:00.000Z',
      updatedAt: '2000-01-01T00:00:00.000Z',
      priority: 'high',
    };
    const task = await createTask(actor, input);
    expect(task.id).not.toBe(id);
    expect(task.createdAt.startsWith('2000-')).toBe(false);
    expect(task.updatedAt.startsWith('2000-')).toBe(false);
    expect(await getTask(actor, task.id)).toEqual(task);
    expectError(await api(taskPath(id), { as: actor }), 404, 'not_found');
  });

  it('GET, PUT, PATCH, DELETE of an unknown id or a non-UUID id -> 404 (never 500)', async () => {
    for (const id of [randomUUID(), ...NOT_UUIDS]) {
      const path = taskPath(id);
      expectError(await api(path, { as: actor }), 404, 'not_found');
      expectError(await api(path, { method: 'PUT', json: { title: 'x' }, as: actor }), 404, 'not_found');
      expectError(await api(path, { method: 'PATCH', json: { title: 'x' }, as: actor }), 404, 'not_found');
      expectError(await api(path, { method: 'DELETE', as: actor }), 404, 'not_found');
    }
  });

  it('PUT replaces: omitted optional fields reset to their defaults', async () => {
    const task = await createTask(actor, {
      title: `${marker} put`,
      description: 'before',
      status: 'done',
      dueDate: '2030-01-02',
    });
    await sleep(15);
    const res = await api(taskPath(task.id), { method: 'PUT', json: { title: `  ${marker} replaced ` }, as: actor });
    const replaced = expectTask(expectJson(res, 200));
    expect(replaced).toMatchObject({
      id: task.id,
      title: `${marker} replaced`,
      description: null,
      status: 'todo',
      dueDate: null,
      createdAt: task.createdAt,
    });
    expectNotEarlier(replaced.updatedAt, task.updatedAt, 'updatedAt after PUT');
    expect(await getTask(actor, task.id)).toEqual(replaced);

    const full = { title: `${marker} full put`, description: 'after', status: 'in_progress', dueDate: '2031-12-31' };
    const again = expectTask(expectJson(await api(taskPath(task.id), { method: 'PUT', json: full, as: actor }), 200));
    expect(again).toMatchObject({ id: task.id, ...full });
  });

  it('PUT without a title, or with invalid fields -> 422 and nothing changes', async () => {
    const task = await createTask(actor, { title: `${marker} put invalid`, description: 'keep' });
    const path = taskPath(task.id);
    expectValidation(await api(path, { method: 'PUT', json: { description: 'x' }, as: actor }), ['title']);
    expectValidation(await api(path, { method: 'PUT', json: { title: 'x', status: 'nope' }, as: actor }), ['status']);
    expect(await getTask(actor, task.id)).toEqual(task);
  });

  it('PATCH changes only the given fields and moves updatedAt forward', async () => {
    const task = await createTask(actor, {
      title: `${marker} patch`,
      description: 'keep me',
      status: 'todo',
      dueDate: '2030-03-04',
    });
    await sleep(15);
    const path = taskPath(task.id);
    const done = expectTask(expectJson(await api(path, { method: 'PATCH', json: { status: 'done' }, as: actor }), 200));
    expect(done).toEqual({ ...task, status: 'done', updatedAt: done.updatedAt });
    expectNotEarlier(done.updatedAt, task.updatedAt, 'updatedAt after PATCH');

    const cleared = expectTask(expectJson(await api(path, { method: 'PATCH', json: { description: null, dueDate: null }, as: actor }), 200));
    expect(cleared).toEqual({ ...done, description: null, dueDate: null, updatedAt: cleared.updatedAt });
    expectNotEarlier(cleared.updatedAt, done.updatedAt, 'updatedAt after second PATCH');

    const renamed = expectTask(expectJson(await api(path, { method: 'PATCH', json: { title: `  ${marker} renamed  ` }, as: actor }), 200));
    expect(renamed).toEqual({ ...cleared, title: `${marker} renamed`, updatedAt: renamed.updatedAt });
    expect(await getTask(actor, task.id)).toEqual(renamed);
  });

  it('PATCH with invalid fields -> 422 and nothing changes', async () => {
    const task = await createTask(actor, { title: `${marker} patch invalid` });
    const path = taskPath(task.id);
    const cases: Array<{ json: Record<string, unknown>; fields: string[] }> = [
      { json: { title: '' }, fields: ['title'] },
      { json: { title: null }, fields: ['title'] },
      { json: { title: 'x'.repeat(201) }, fields: ['title'] },
      { json: { description: 'd'.repeat(2001) }, fields: ['description'] },
      { json: { status: 'archived' }, fields: ['status'] },
      { json: { dueDate: '2024-13-45' }, fields: ['dueDate'] },
    ];
    for (const { json, fields } of cases) {
      expectValidation(await api(path, { method: 'PATCH', json, as: actor }), fields);
    }
    expect(await getTask(actor, task.id)).toEqual(task);
  });

  it('DELETE -> 204 with no body; afterwards GET, PATCH and DELETE -> 404', async () => {
    const task = await createTask(actor, { title: `${marker} delete` });
    const path = taskPath(task.id);
    const res = await api(path, { method: 'DELETE', as: actor });
    expectStatus(res, 204);
    expect(res.text, describeResponse(res)).toBe('');
    expectError(await api(path, { as: actor }), 404, 'not_found');
    expectError(await api(path, { method: 'PATCH', json: { status: 'done' }, as: actor }), 404, 'not_found');
    expectError(await api(path, { method: 'DELETE', as: actor }), 404, 'not_found');
  });
});

describe.runIf(HAS_AUTH)("tasks: someone else's task", () => {
  let owner: Actor;
  let other: Actor;

  beforeAll(async () => {
    owner = await newActor('owner');
    other = await newActor('other');
  });

  it('is 404 for GET, PUT, PATCH and DELETE by another user, and stays unchanged', async () => {
    const task = await createTask(owner, { title: `owned ${uniqueId()}`, description: 'mine' });
    const path = taskPath(task.id);
    expectError(await api(path, { as: other }), 404, 'not_found');
    expectError(await api(path, { method: 'PUT', json: { title: 'stolen' }, as: other }), 404, 'not_found');
    expectError(await api(path, { method: 'PATCH', json: { title: 'stolen' }, as: other }), 404, 'not_found');
    expectError(await api(path, { method: 'DELETE', as: other }), 404, 'not_found');
    expect(await getTask(owner, task.id)).toEqual(task);
  });
});
