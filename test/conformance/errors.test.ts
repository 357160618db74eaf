/** Unknown routes, malformed JSON and the error body shape (no internals leak). */
import { beforeAll, describe, it } from 'vitest';
import { api, createTask, newActor, newCredentials, uniqueId, type Actor } from './client.js';
import { HAS_AUTH } from './env.js';
import { expectError, expectValidation } from './shapes.js';

const MALFORMED_BODIES = ['{"title": ', '{title: "x"}', '{"title": "x",}', 'not json at all'];

describe('errors', () => {
  let actor: Actor;

  beforeAll(async () => {
    actor = await newActor('errors');
  });

  it('an unknown route -> 404 not_found', async () => {
    expectError(await api(`/no-such-route-${uniqueId()}`), 404, 'not_found');
    expectError(await api(`/no-such-route-${uniqueId()}`, { method: 'POST', json: {} }), 404, 'not_found');
  });

  it('an unknown route under /api/v1 (authenticated) -> 404 not_found', async () => {
    expectError(await api(`/api/v1/no-such-route-${uniqueId()}`, { as: actor }), 404, 'not_found');
    expectError(await api('/api/v1/tasks/extra/segments', { as: actor }), 404, 'not_found');
  });

  it('malformed JSON on POST /api/v1/tasks -> 400 bad_request', async () => {
    for (const rawBody of MALFORMED_BODIES) {
      expectError(await api('/api/v1/tasks', { method: 'POST', rawBody, as: actor }), 400, 'bad_request');
    }
  });

  it('malformed JSON on PUT and PATCH /api/v1/tasks/{id} -> 400 bad_request', async () => {
    const task = await createTask(actor, { title: `errors ${uniqueId()}` });
    for (const method of ['PUT', 'PATCH']) {
      const res = await api(`/api/v1/tasks/${task.id}`, { method, rawBody: '{"title": "x"', as: actor });
      expectError(res, 400, 'bad_request');
    }
  });

  it.runIf(HAS_AUTH)('malformed JSON on register and login -> 400 bad_request', async () => {
    for (const path of ['/api/v1/auth/register', '/api/v1/auth/login']) {
      expectError(await api(path, { method: 'POST', rawBody: '{"email": "a@b.c", ' }), 400, 'bad_request');
    }
  });

  it.runIf(HAS_AUTH)('an SQL-looking, overlong email on register -> 422 naming email, never 500', async () => {
    const credentials = newCredentials('errors');
    const res = await api('/api/v1/auth/register', {
      method: 'POST',
      json: { ...credentials, email: `'; DROP TABLE users; --${'x'.repeat(300)}` },
    });
    expectValidation(res, ['email']);
  });
});
