import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpError, validationFailed } from '../../src/lib/http-error.ts';
import { validatorCompiler } from '../../src/lib/validation.ts';
import errorHandler, { toHttpError } from '../../src/plugins/error-handler.ts';

describe('toHttpError', () => {
  it('passes HttpErrors through with their code', () => {
    const error = toHttpError(new HttpError(409, 'Email taken'));
    expect(error.toBody()).toEqual({ error: { code: 'conflict', message: 'Email taken' } });
  });

  it('includes details for validation errors only', () => {
    const body = validationFailed([{ field: 'title', message: 'is required' }]).toBody();
    expect(body.error).toEqual({
      code: 'validation_failed',
      message: 'Request validation failed',
      details: [{ field: 'title', message: 'is required' }],
    });
  });

  it('turns unknown errors into a bare 500 that leaks nothing', () => {
    const error = toHttpError(new Error('relation "tasks" does not exist at SELECT * FROM tasks'));
    expect(error.status).toBe(500);
    expect(error.toBody()).toEqual({
      error: { code: 'internal', message: 'Internal server error' },
    });
  });
});

describe('the error handler plugin', () => {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.register(errorHandler);
  app.post(
    '/echo/:id',
    {
      schema: {
        params: { type: 'object', properties: { id: { type: 'string', pattern: '^\\d+$' } } },
        body: {
          type: 'object',
          required: ['title'],
          properties: { title: { type: 'string', minLength: 1 } },
        },
      },
    },
    async (request) => request.body,
  );
  app.get('/boom', async () => {
    throw new Error('secret stack detail');
  });
  afterAll(() => app.close());

  const post = (url: string, payload: string) =>
    app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/json' } });

  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await post('/echo/1', '{"title": ');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'bad_request', message: 'Request body is not valid JSON' },
    });
  });

  it('answers a schema failure with 422 and one detail per bad field', async () => {
    const res = await post('/echo/1', '{}');
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ field: 'title', message: 'is required' }]);
  });

  it('answers a path parameter that fails its schema with 404', async () => {
    const res = await post('/echo/abc', '{"title": "x"}');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('answers unknown routes with 404 not_found', async () => {
    const res = await app.inject({ method: 'GET', url: '/nowhere' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('never sends a stack trace', async () => {
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret stack detail');
    expect(res.body).not.toContain('at ');
  });
});
