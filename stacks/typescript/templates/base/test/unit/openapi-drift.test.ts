import { describe, expect, it } from 'vitest';
import { driftFrom, type JsonRecord, loadSpec } from '../helpers/openapi-drift.ts';

/** The checker itself: the drift test can only pass vacuously if it misses gaps. */
describe('driftFrom', () => {
  const spec = loadSpec();
  const copy = (): JsonRecord => structuredClone(spec);
  const schemas = (doc: JsonRecord) =>
    (doc.components as { schemas: Record<string, JsonRecord> }).schemas;
  const paths = (doc: JsonRecord) => doc.paths as Record<string, Record<string, JsonRecord>>;

  it('finds nothing when the served document is the spec', () => {
    expect(driftFrom(spec, copy())).toEqual([]);
  });

  it('finds a property the served document lost', () => {
    const served = copy();
    const task = schemas(served).Task as { properties: Record<string, unknown> };
    delete task.properties.dueDate;
    expect(driftFrom(spec, served)).toContain(
      'GET /api/v1/tasks/{id} 200: property "dueDate" is missing',
    );
  });

  it('finds a missing operation, response status and parameter', () => {
    const served = copy();
    const tasks = paths(served)['/api/v1/tasks'] as Record<string, JsonRecord>;
    delete tasks.post;
    const list = tasks.get as { parameters: unknown[]; responses: Record<string, unknown> };
    delete list.responses['422'];
    list.parameters = list.parameters.slice(1);
    const gaps = driftFrom(spec, served);
    expect(gaps).toContain('POST /api/v1/tasks: not in the served document');
    expect(gaps).toContain('GET /api/v1/tasks: response 422 is not declared');
    expect(gaps).toContain('GET /api/v1/tasks: parameter query "page" is missing');
  });

  it('finds a lost enum value, a lost null and a request field made required', () => {
    const served = copy();
    const s = schemas(served);
    (s.TaskStatus as { enum: string[] }).enum = ['todo', 'done'];
    const task = s.Task as { properties: Record<string, JsonRecord> };
    task.properties.description = { type: 'string' };
    const input = s.TaskInput as { required: string[] };
    input.required = [...input.required, 'status'];
    const gaps = driftFrom(spec, served);
    expect(gaps).toContain(
      'GET /api/v1/tasks/{id} 200.status: enum ["todo","done"] is not ["todo","in_progress","done"]',
    );
    expect(gaps).toContain(
      'GET /api/v1/tasks/{id} 200.description: type null is not allowed (served: string)',
    );
    expect(gaps).toContain(
      'POST /api/v1/tasks body: "status" is required but optional in the spec',
    );
  });

  it('finds an operation the spec does not have, but ignores the document and /docs', () => {
    const served = copy();
    paths(served)['/api/v1/extra'] = { get: { responses: {} } };
    paths(served)['/docs'] = {};
    expect(driftFrom(spec, served)).toEqual(['GET /api/v1/extra: served but not in the spec']);
  });
});
