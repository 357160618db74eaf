/** Health, readiness, the served OpenAPI document and the HTML explorer. */
import { describe, expect, it } from 'vitest';
import { driftFrom } from '../../src/contract/openapi-drift.js';
import { buildOpenApi } from '../../src/contract/openapi.js';
import { api } from './client.js';
import { AUTH } from './env.js';
import { describeResponse, expectJson, expectStatus, isRecord } from './shapes.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** "METHOD /path" for every operation of an OpenAPI document. */
function operations(doc: Record<string, unknown>): string[] {
  const paths = doc.paths;
  if (!isRecord(paths)) return [];
  const out: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of Object.keys(item)) {
      if (METHODS.includes(method)) out.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return out.sort();
}

describe('health', () => {
  it('GET /health -> 200 {"status":"ok"}', async () => {
    const res = await api('/health');
    expect(expectJson(res, 200)).toEqual({ status: 'ok' });
  });

  it('GET /health/ready -> 200 {"status":"ok","database":"ok"}', async () => {
    const res = await api('/health/ready');
    expect(expectJson(res, 200)).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('GET /openapi.json', () => {
  it(`is an OpenAPI 3.1 document with exactly the operations of auth=${AUTH}`, async () => {
    const res = await api('/openapi.json');
    const doc = expectJson(res, 200);
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(isRecord(doc.info), 'info').toBe(true);
    const info = doc.info as Record<string, unknown>;
    expect(typeof info.title).toBe('string');
    expect(typeof info.version).toBe('string');

    // /docs and /openapi.json may be listed or not; everything else must match the contract for this mode.
    const self = new Set(['GET /docs', 'GET /openapi.json']);
    const expected = operations(buildOpenApi({ auth: AUTH, title: 'x', version: 'x' })).filter((op) => !self.has(op));
    const served = operations(doc).filter((op) => !self.has(op));
    expect(served).toEqual(expected);
  });

  it('covers the spec: parameters, status codes and schemas of every operation (src/contract/openapi-drift.ts)', async () => {
    const doc = expectJson(await api('/openapi.json'), 200) as Record<string, unknown>;
    const spec = buildOpenApi({ auth: AUTH, title: 'x', version: 'x' }) as Record<string, unknown>;
    expect(driftFrom(spec, doc)).toEqual([]);
  });

  it('declares the security scheme of this auth mode', async () => {
    const doc = expectJson(await api('/openapi.json'), 200);
    const components = isRecord(doc.components) ? doc.components : {};
    const schemes = isRecord(components.securitySchemes) ? Object.values(components.securitySchemes) : [];
    if (AUTH === 'jwt') {
      expect(schemes).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    } else if (AUTH === 'session') {
      expect(schemes).toContainEqual(expect.objectContaining({ type: 'apiKey', in: 'cookie' }));
      expect(schemes).toContainEqual(expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-CSRF-Token' }));
    } else {
      expect(schemes).toEqual([]);
    }
  });
});

describe('GET /docs', () => {
  it('-> 200 text/html whose scripts and styles are served by the app itself (works offline)', async () => {
    const res = await api('/docs', { headers: { accept: 'text/html' }, redirect: 'follow' });
    expectStatus(res, 200);
    expect(res.headers.get('content-type') ?? '', describeResponse(res)).toMatch(/^text\/html\b/i);
    expect(res.text.toLowerCase()).toMatch(/<html|<!doctype html/);
    const assets = [...res.text.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1] as string);
    const foreign = assets.filter((url) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url));
    expect(foreign, 'assets loaded from another host').toEqual([]);
    const page = new URL(res.finalPath ?? '/docs', 'http://app.invalid/');
    for (const url of assets.filter((u) => !u.startsWith('data:'))) {
      const target = new URL(url, page);
      const asset = await api(`${target.pathname}${target.search}`, { headers: { accept: '*/*' } });
      expectStatus(asset, 200);
    }
  });
});
