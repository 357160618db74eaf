/** The OpenAPI document states the contract's "Hostile input" clauses. */
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../src/contract/openapi.js';

type Doc = { paths: Record<string, Record<string, { responses: Record<string, unknown>; requestBody?: unknown }>> };

describe('OpenAPI: hostile input', () => {
  it.each(['jwt', 'session', 'none'] as const)('auth=%s: every operation with a body documents 413 and 415', (auth) => {
    const doc = buildOpenApi({ auth, title: 't', version: '1' }) as unknown as Doc;
    const withBody = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).filter((op) => typeof op === 'object' && op !== null && 'requestBody' in op),
    );
    expect(withBody.length).toBeGreaterThan(0);
    for (const op of withBody) expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['413', '415']));
  });

  it.each(['jwt', 'session'] as const)('auth=%s: login documents Cache-Control: no-store', (auth) => {
    const doc = buildOpenApi({ auth, title: 't', version: '1' }) as unknown as Doc;
    const ok = doc.paths['/api/v1/auth/login']?.post?.responses['200'] as { headers?: Record<string, unknown> };
    expect(ok.headers?.['Cache-Control']).toMatchObject({ schema: { const: 'no-store' } });
  });
});
