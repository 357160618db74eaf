import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { driftFrom, type JsonRecord, loadSpec } from '../helpers/openapi-drift.ts';

/**
 * The document at /openapi.json is built from the code (routes, schemas, declared responses):
 * when a route changes without openapi.json, or the other way round, this lists every gap.
 */
describe('GET /openapi.json', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('covers the API spec (openapi.json)', async () => {
    const res = await request(t.http).get('/openapi.json').expect(200);
    expect(driftFrom(loadSpec(), res.body as JsonRecord)).toEqual([]);
  });
});
