/**
 * Cookie sessions (auth = session): the cookie authenticates, every state-changing request
 * needs the session's X-CSRF-Token, and logout removes the session on the server.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createTask, CookieJar, newActor, uniqueId, type Actor } from './client.js';
import { AUTH } from './env.js';
import { expectError, expectJson, expectPage, expectStatus, expectTask, expectUser } from './shapes.js';

type SessionActor = Extract<Actor, { kind: 'session' }>;

async function newSession(tag: string): Promise<SessionActor> {
  const actor = await newActor(tag);
  if (actor.kind !== 'session') throw new Error('expected a session actor');
  return actor;
}

/** A jar holding exactly the given Cookie header's pairs. */
function jarFrom(cookieHeader: string): CookieJar {
  const jar = new CookieJar();
  jar.store(new Headers(cookieHeader.split('; ').map((pair): [string, string] => ['set-cookie', pair])));
  return jar;
}

describe.runIf(AUTH === 'session')('session cookies and CSRF', () => {
  let alice: SessionActor;
  let bob: SessionActor;

  beforeAll(async () => {
    alice = await newSession('sess-a');
    bob = await newSession('sess-b');
  });

  it('GET /me with the cookie -> 200 {"user": User}; no CSRF header needed for GET', async () => {
    const body = expectJson(await api('/api/v1/auth/me', { as: alice }), 200);
    expect(Object.keys(body)).toEqual(['user']);
    expect(expectUser(body.user)).toEqual(alice.user);
    expectPage(expectJson(await api('/api/v1/tasks', { as: alice }), 200), expectTask);
  });

  it('GET /me without a cookie or with an unknown session id -> 401', async () => {
    expectError(await api('/api/v1/auth/me'), 401, 'unauthorized');
    const forged = new CookieJar();
    const names = alice.jar.names();
    forged.store(new Headers(names.map((name): [string, string] => ['set-cookie', `${name}=${uniqueId()}`])));
    expectError(await api('/api/v1/auth/me', { jar: forged }), 401, 'unauthorized');
  });

  it('a state-changing request without X-CSRF-Token -> 403, with a wrong or foreign one -> 403', async () => {
    const json = { title: `csrf ${uniqueId()}` };
    for (const csrf of [null, '', 'wrong-token', bob.csrfToken]) {
      const res = await api('/api/v1/tasks', { method: 'POST', json, as: alice, csrf });
      expectError(res, 403, 'forbidden');
    }
    // Nothing was created by the refused requests.
    const page = expectPage(expectJson(await api(`/api/v1/tasks?q=${encodeURIComponent(json.title)}`, { as: alice }), 200), expectTask);
    expect(page.total).toBe(0);
    // The right token works.
    expectStatus(await api('/api/v1/tasks', { method: 'POST', json, as: alice }), 201);
  });

  it('PUT, PATCH and DELETE without X-CSRF-Token -> 403 and the task is unchanged', async () => {
    const task = await createTask(alice, { title: `csrf ${uniqueId()}` });
    const path = `/api/v1/tasks/${task.id}`;
    const json = { title: 'changed' };
    for (const method of ['PUT', 'PATCH']) {
      expectError(await api(path, { method, json, as: alice, csrf: null }), 403, 'forbidden');
    }
    expectError(await api(path, { method: 'DELETE', as: alice, csrf: null }), 403, 'forbidden');
    expect(expectTask(expectJson(await api(path, { as: alice }), 200))).toEqual(task);
  });

  it('logout without X-CSRF-Token -> 403 and the session stays', async () => {
    const carol = await newSession('sess-c');
    expectError(await api('/api/v1/auth/logout', { method: 'POST', as: carol, csrf: null }), 403, 'forbidden');
    expectJson(await api('/api/v1/auth/me', { as: carol }), 200);
  });

  it('logout -> 204; the old cookie no longer authenticates', async () => {
    const dave = await newSession('sess-d');
    const oldCookie = dave.jar.header() ?? '';
    const res = await api('/api/v1/auth/logout', { method: 'POST', as: dave });
    expectStatus(res, 204);
    expect(res.text).toBe('');
    // Replaying the cookie the browser had: the session must be gone server side.
    expectError(await api('/api/v1/auth/me', { jar: jarFrom(oldCookie) }), 401, 'unauthorized');
    expectError(await api('/api/v1/auth/me', { as: dave }), 401, 'unauthorized');
    // Other sessions are unaffected.
    expectJson(await api('/api/v1/auth/me', { as: alice }), 200);
  });
});
