import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.ts';
import { driftFrom, type JsonRecord, loadSpec } from '../helpers/openapi-drift.ts';

/**
 * The document at /openapi.json is built from the routes' schemas: when a route changes
 * without openapi.json, or the other way round, this lists every gap.
 */
describe('GET /openapi.json', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp());
  });
  afterAll(() => app.close());

  it('covers the API spec (openapi.json)', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(driftFrom(loadSpec(), res.json() as JsonRecord)).toEqual([]);
  });

  it('names every operation as the spec does (operationId, which client generators use)', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch']);
    const ids = (doc: JsonRecord) =>
      Object.entries(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
        ([path, ops]) =>
          Object.entries(ops)
            .filter(([method]) => METHODS.has(method))
            .map(([method, op]) => `${method} ${path} ${op.operationId}`),
      );
    const served = new Set(ids(res.json() as JsonRecord));
    // /openapi.json and /docs serve the document and are left out of it (`hide: true`).
    const expected = ids(loadSpec()).filter((line) => !/^get \/(openapi\.json|docs) /.test(line));
    expect(expected.length).toBeGreaterThan(2);
    expect(expected.filter((line) => !served.has(line))).toEqual([]);
  });

  it('says it is OpenAPI 3.1, like the spec', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.json().openapi).toMatch(/^3\.1/);
  });

  it('is explored at /docs, an HTML page whose assets come from this server', async () => {
    const page = await app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).not.toMatch(/https?:\/\//);
    const bundle = await app.inject({ method: 'GET', url: '/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
  });
});
