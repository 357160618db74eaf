import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { HttpError, validationFailed } from '../../src/lib/http-error.ts';
import { createLogger } from '../../src/logger.ts';
import { errorHandler, routeNotFound, toHttpError } from '../../src/middleware/error-handler.ts';

describe('toHttpError', () => {
  it('passes HttpErrors through with their code', () => {
    const error = toHttpError(new HttpError(409, 'Email taken'));
    expect(error.toBody()).toEqual({ error: { code: 'conflict', message: 'Email taken' } });
  });

  it('includes details for validation errors only', () => {
    const body = validationFailed([{ field: 'title', message: 'Required' }]).toBody();
    expect(body.error).toEqual({
      code: 'validation_failed',
      message: 'Request validation failed',
      details: [{ field: 'title', message: 'Required' }],
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

describe('errorHandler', () => {
  const app = express();
  app.use(express.json());
  app.post('/echo', (req, res) => {
    res.json(req.body);
  });
  app.get('/boom', () => {
    throw new Error('secret stack detail');
  });
  app.use(routeNotFound);
  app.use(errorHandler(createLogger({ env: 'test', logLevel: 'silent' })));

  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await request(app)
      .post('/echo')
      .set('Content-Type', 'application/json')
      .send('{"title": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('bad_request');
  });

  it('answers unknown routes with 404 not_found', async () => {
    const res = await request(app).get('/nowhere');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('never sends a stack trace', async () => {
    const res = await request(app).get('/boom');
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('secret stack detail');
    expect(res.text).not.toContain('at ');
  });
});
