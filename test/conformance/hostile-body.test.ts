/**
 * Hostile input, the request body: a body that is not JSON (415), a body over 1 MiB (413,
 * refused without reading it whole, and without hanging), and JSON nested very deep (400 or
 * 422, never 5xx). See "Hostile input" in docs/api-contract.md.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createTask, newActor, newCredentials, rawRequest, uniqueId, type Actor } from './client.js';
import { HAS_AUTH } from './env.js';
import { expectError, expectJson, expectStatus } from './shapes.js';

/** Body types a client (or a cross-site HTML form) may send instead of JSON. */
const NOT_JSON: Array<{ type: string; body: (fields: Record<string, string>) => string }> = [
  // Valid JSON text under another type: the type alone decides.
  { type: 'text/plain', body: (fields) => JSON.stringify(fields) },
  { type: 'text/plain;charset=UTF-8', body: (fields) => JSON.stringify(fields) },
  { type: 'application/x-www-form-urlencoded', body: (fields) => new URLSearchParams(fields).toString() },
  {
    type: 'multipart/form-data; boundary=cfboundary',
    body: (fields) =>
      `${Object.entries(fields)
        .map(([name, value]) => `--cfboundary\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join('')}--cfboundary--\r\n`,
  },
];

const MIB = 1024 * 1024;

/** A well-formed JSON task of about `bytes` bytes (the description carries the bulk). */
function bigTaskBody(bytes: number): Buffer {
  return Buffer.from(JSON.stringify({ title: `big ${uniqueId()}`, description: 'x'.repeat(bytes) }));
}

function authHeaders(actor: Actor): Record<string, string> {
  if (actor.kind === 'jwt') return { authorization: `Bearer ${actor.token}` };
  if (actor.kind === 'session') return { cookie: actor.jar.header() ?? '', 'x-csrf-token': actor.csrfToken };
  return {};
}

const nestedArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const nestedObjects = (depth: number): string => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('hostile input: request body', () => {
  let actor: Actor;
  let taskPath: string;

  beforeAll(async () => {
    actor = await newActor('hostile-body');
    taskPath = `/api/v1/tasks/${(await createTask(actor, { title: `hostile ${uniqueId()}` })).id}`;
  });

  it('a task body that is not application/json -> 415 unsupported_media_type (POST, PUT, PATCH)', async () => {
    const writes: Array<[string, string]> = [
      ['POST', '/api/v1/tasks'],
      ['PUT', taskPath],
      ['PATCH', taskPath],
    ];
    for (const [method, path] of writes) {
      for (const { type, body } of NOT_JSON) {
        const res = await api(path, {
          method,
          rawBody: body({ title: `form ${uniqueId()}` }),
          headers: { 'content-type': type },
          as: actor,
        });
        expectError(res, 415, 'unsupported_media_type');
      }
    }
  });

  it.runIf(HAS_AUTH)('register and login with a body that is not application/json -> 415', async () => {
    const credentials = newCredentials('form');
    for (const path of ['/api/v1/auth/register', '/api/v1/auth/login']) {
      for (const { type, body } of NOT_JSON) {
        const fields: Record<string, string> = { ...credentials };
        const res = await api(path, { method: 'POST', rawBody: body(fields), headers: { 'content-type': type } });
        expectError(res, 415, 'unsupported_media_type');
      }
    }
    // None of them registered the account.
    expectError(await api('/api/v1/auth/login', { method: 'POST', json: credentials }), 401, 'unauthorized');
  });

  it('application/json with a charset parameter is still JSON', async () => {
    const res = await api('/api/v1/tasks', {
      method: 'POST',
      rawBody: JSON.stringify({ title: `charset ${uniqueId()}` }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
      as: actor,
    });
    expectJson(res, 201);
  });

  it('a 2 MiB body with Content-Length -> 413 payload_too_large, promptly', async () => {
    const body = bigTaskBody(2 * MIB);
    const started = Date.now();
    const res = await rawRequest({
      method: 'POST',
      path: '/api/v1/tasks',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...authHeaders(actor) },
      body,
    });
    expectError(res, 413, 'payload_too_large');
    expect(Date.now() - started, 'answered within 5 s').toBeLessThan(5_000);
    expectJson(await api('/health'), 200);
  });

  it('a 2 MiB chunked body (no Content-Length) -> 413 payload_too_large', async () => {
    const res = await rawRequest({
      method: 'POST',
      path: '/api/v1/tasks',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...authHeaders(actor) },
      body: bigTaskBody(2 * MIB),
    });
    expectError(res, 413, 'payload_too_large');
    expectJson(await api('/health'), 200);
  });

  it.runIf(HAS_AUTH)('a 2 MiB body on register and login (no credentials needed) -> 413', async () => {
    const credentials = newCredentials('big');
    for (const path of ['/api/v1/auth/register', '/api/v1/auth/login']) {
      const body = Buffer.from(JSON.stringify({ ...credentials, name: 'n'.repeat(2 * MIB) }));
      const res = await rawRequest({
        method: 'POST',
        path,
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
        body,
      });
      expectError(res, 413, 'payload_too_large');
    }
  });

  it('a body just under 1 MiB is read (and a description over 2000 characters is 422, not 413)', async () => {
    const body = bigTaskBody(MIB - 4 * 1024);
    const res = await rawRequest({
      method: 'POST',
      path: '/api/v1/tasks',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...authHeaders(actor) },
      body,
    });
    expectError(res, 422, 'validation_failed');
  });

  it('JSON nested 1,000 and 100,000 deep on POST /api/v1/tasks -> 400 or 422, never 5xx', async () => {
    for (const depth of [1_000, 100_000]) {
      const bodies = [nestedArrays(depth), nestedObjects(depth), `{"title": ${nestedArrays(depth)}}`];
      for (const rawBody of bodies) {
        const res = await api('/api/v1/tasks', { method: 'POST', rawBody, as: actor });
        expect([400, 422], `depth ${depth}: ${res.status} ${res.text.slice(0, 200)}`).toContain(res.status);
        expectError(res, res.status, res.status === 400 ? 'bad_request' : 'validation_failed');
      }
    }
    expectStatus(await api('/health'), 200);
  });

  it.runIf(HAS_AUTH)('JSON nested 100,000 deep on register and login -> 400 or 422', async () => {
    for (const path of ['/api/v1/auth/register', '/api/v1/auth/login']) {
      for (const rawBody of [nestedArrays(100_000), `{"email": ${nestedObjects(100_000)}, "password": "x"}`]) {
        const res = await api(path, { method: 'POST', rawBody });
        expect([400, 422], `${path}: ${res.status} ${res.text.slice(0, 200)}`).toContain(res.status);
        expectError(res, res.status, res.status === 400 ? 'bad_request' : 'validation_failed');
      }
    }
  });
});
