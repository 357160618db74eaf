import { describe, expect, it } from 'vitest';
import { endpointDocs } from '../../src/contract/endpoints.js';
import { buildOpenApi, type AuthMode } from '../../src/contract/openapi.js';

const MODES: AuthMode[] = ['none', 'jwt', 'session'];

describe("the README's endpoint table and example bodies (from the OpenAPI document)", () => {
  it.each(MODES)('has one row per operation of the document (auth %s)', (auth) => {
    const doc = buildOpenApi({ auth, title: '', version: '' }) as { paths: Record<string, Record<string, unknown>> };
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((k) => ['get', 'post', 'put', 'patch', 'delete'].includes(k))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(
      endpointDocs(auth)
        .rows.map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual(ops.sort());
  });

  it.each(MODES)('gives an example of every body a row names, valid JSON once names are filled in (auth %s)', (auth) => {
    const { rows, bodies } = endpointDocs(auth);
    const named = new Set(rows.flatMap((r) => [...r.answers.matchAll(/`\d{3}` (\w+)/g)].map((m) => m[1])));
    const examples = new Map(bodies.map((b) => [b.name, b.json]));
    for (const name of named) expect(examples.has(name as string), name).toBe(true);
    for (const { name, json } of bodies) {
      const filled = json.replace(/(?<=[:[] ?)(Task|User)\b/g, '{}');
      expect(() => JSON.parse(filled), `${name}: ${json}`).not.toThrow();
    }
  });

  it('states the success status and the particular errors, leaving 413/415/500 to the sentence above the table', () => {
    const register = endpointDocs('jwt').rows.find((r) => r.path === '/api/v1/auth/register');
    expect(register?.answers).toBe('`201` UserResponse · `400` · `409` · `422`');
    const login = endpointDocs('jwt').bodies.find((b) => b.name === 'LoginResponse');
    expect(JSON.parse((login?.json ?? '').replace(/User\}$/, '{}}'))).toMatchObject({ tokenType: 'Bearer', user: {} });
    expect(endpointDocs('none').bodies.map((b) => b.name)).not.toContain('User');
  });
});
