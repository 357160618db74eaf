import { describe, expect, it } from 'vitest';
import { driftFrom, type JsonRecord } from '../../src/contract/openapi-drift.js';
import { buildOpenApi, type AuthMode } from '../../src/contract/openapi.js';

const spec = (auth: AuthMode): JsonRecord => buildOpenApi({ auth, title: 't', version: '1' }) as JsonRecord;
const clone = (doc: JsonRecord): JsonRecord => structuredClone(doc);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe('driftFrom (what "the served document covers the spec" means)', () => {
  it.each(['none', 'jwt', 'session'] as const)('finds nothing when the spec is served as it is (auth %s)', (auth) => {
    expect(driftFrom(spec(auth), spec(auth))).toEqual([]);
  });

  it('ignores whether the document lists /docs and /openapi.json', () => {
    const served: Any = clone(spec('jwt'));
    delete served.paths['/docs'];
    delete served.paths['/openapi.json'];
    expect(driftFrom(spec('jwt'), served)).toEqual([]);
  });

  it('accepts inline schemas, anyOf nullables, number for integer and extra responses', () => {
    const served: Any = clone(spec('none'));
    served.components.schemas.Task.properties.description = { anyOf: [{ type: 'string' }, { type: 'null' }] };
    served.components.schemas.TaskPage.properties.total = { type: 'number' };
    served.paths['/api/v1/tasks'].post.responses['418'] = { description: 'extra' };
    served.paths['/api/v1/tasks'].post.requestBody.content['application/json'].schema = structuredClone(served.components.schemas.TaskInput);
    expect(driftFrom(spec('none'), served)).toEqual([]);
  });

  it('names a missing operation, an extra one, a missing status and a missing parameter', () => {
    const served: Any = clone(spec('jwt'));
    delete served.paths['/api/v1/users'];
    served.paths['/api/v1/extra'] = { get: { responses: { '200': { description: 'x' } } } };
    delete served.paths['/api/v1/tasks'].post.responses['422'];
    served.paths['/api/v1/tasks'].get.parameters = [];
    const gaps = driftFrom(spec('jwt'), served);
    expect(gaps).toContain('GET /api/v1/users: not in the served document');
    expect(gaps).toContain('GET /api/v1/extra: served but not in the spec');
    expect(gaps).toContain('POST /api/v1/tasks: response 422 is not declared');
    expect(gaps.some((g) => g.startsWith('GET /api/v1/tasks: parameter query'))).toBe(true);
  });

  it('names schema drift: a missing property, a lost null, an enum, required sets', () => {
    const served: Any = clone(spec('none'));
    const task = served.components.schemas.Task;
    delete task.properties.updatedAt;
    task.properties.dueDate = { type: 'string' };
    served.components.schemas.TaskStatus = { type: 'string', enum: ['todo', 'done'] };
    served.components.schemas.TaskInput.required = ['title', 'status'];
    const gaps = driftFrom(spec('none'), served);
    expect(gaps).toContain('POST /api/v1/tasks 201: property "updatedAt" is missing');
    expect(gaps).toContain('POST /api/v1/tasks 201.dueDate: type null is not allowed (served: string)');
    expect(gaps).toContain('POST /api/v1/tasks 201.status: enum ["todo","done"] is not ["todo","in_progress","done"]');
    expect(gaps).toContain('POST /api/v1/tasks body: "status" is required but optional in the spec');
    expect(gaps.some((g) => g.includes('[].updatedAt') || g.includes('data[]: property "updatedAt"'))).toBe(true);
  });

  it('follows the error body into every declared error response', () => {
    const served: Any = clone(spec('none'));
    served.components.schemas.Error.properties.error.properties.code = { type: 'string' };
    const gaps = driftFrom(spec('none'), served);
    expect(gaps.some((g) => /^GET \/health 500\.error\.code: enum/.test(g))).toBe(true);
  });
});
