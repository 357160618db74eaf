import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, unreachableDatabaseUrl } from '../helpers/app.ts';

const { app, http } = await createTestApp();
afterAll(() => app.close());

describe('health', () => {
  it('GET /health answers without touching the database', async () => {
    const res = await request(http).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /health/ready checks the database', async () => {
    const res = await request(http).get('/health/ready').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('GET /health/ready is 503 when the database is unreachable', async () => {
    const broken = await createTestApp({ DATABASE_URL: unreachableDatabaseUrl() });
    try {
      const res = await request(broken.http).get('/health/ready').expect(503);
      expect(res.body.database).not.toBe('ok');
      await request(broken.http).get('/health').expect(200);
    } finally {
      await broken.app.close();
    }
  });
});

describe('API documentation', () => {
  it('serves the OpenAPI document built from the controllers', async () => {
    const res = await request(http).get('/openapi.json').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.openapi).toMatch(/^3\.1/);
    expect(res.body.paths).toHaveProperty('/api/v1/tasks');
  });

  it('serves Swagger UI with every asset from this server', async () => {
    const page = await request(http).get('/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const assets = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map(
      (match) => match[1] ?? '',
    );
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      await request(http).get(new URL(asset, 'http://app/docs').pathname).expect(200);
    }
  });
});

describe('cross-cutting behaviour', () => {
  it('answers unknown routes with the uniform 404 body', async () => {
    const res = await request(http).get('/api/v1/nothing-here').expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await request(http)
      .post('/api/v1/tasks')
      .set('Content-Type', 'application/json')
      .send('{"title": "unterminated');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: { code: 'bad_request', message: 'Request body is not valid JSON' },
    });
  });

  it('sets security headers and hides the framework', async () => {
    const res = await request(http).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends no CORS headers unless CORS_ORIGINS allows the origin', async () => {
    const sameOrigin = await request(http).get('/health').set('Origin', 'https://evil.example');
    expect(sameOrigin.headers['access-control-allow-origin']).toBeUndefined();

    const withCors = await createTestApp({ CORS_ORIGINS: 'https://app.example' });
    try {
      const res = await request(withCors.http).get('/health').set('Origin', 'https://app.example');
      expect(res.headers['access-control-allow-origin']).toBe('https://app.example');
    } finally {
      await withCors.app.close();
    }
  });

  it('tags every response with a request id, reusing a sane incoming one', async () => {
    const fresh = await request(http).get('/health');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const reused = await request(http).get('/health').set('X-Request-Id', 'trace-123');
    expect(reused.headers['x-request-id']).toBe('trace-123');
    const notFound = await request(http).get('/nowhere');
    expect(notFound.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
