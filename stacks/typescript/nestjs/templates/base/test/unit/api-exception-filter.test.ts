import {
  BadRequestException,
  ConflictException,
  HttpException,
  HttpStatus,
  NotFoundException,
} from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { toErrorResponse } from '../../src/common/api-exception.filter.ts';
import { ValidationFailedException } from '../../src/common/errors.ts';

describe('toErrorResponse', () => {
  it("keeps an HttpException's status and message, with the code for that status", () => {
    expect(toErrorResponse(new ConflictException('Email taken'))).toEqual({
      status: 409,
      body: { error: { code: 'conflict', message: 'Email taken' } },
    });
    expect(toErrorResponse(new NotFoundException('Cannot GET /nowhere')).body).toEqual({
      error: { code: 'not_found', message: 'Cannot GET /nowhere' },
    });
    const limited = new HttpException('Slow down', HttpStatus.TOO_MANY_REQUESTS);
    expect(toErrorResponse(limited).body.error.code).toBe('rate_limited');
  });

  it('includes details for validation errors only', () => {
    const details = [{ field: 'title', message: 'must be a string' }];
    expect(toErrorResponse(new ValidationFailedException(details))).toEqual({
      status: 422,
      body: { error: { code: 'validation_failed', message: 'Request validation failed', details } },
    });
  });

  it('says "not valid JSON" for a body the JSON parser rejected', () => {
    const parserError = new BadRequestException('Unexpected token } in JSON', {
      cause: new SyntaxError('Unexpected token } in JSON'),
    });
    expect(toErrorResponse(parserError).body).toEqual({
      error: { code: 'bad_request', message: 'Request body is not valid JSON' },
    });
  });

  it('turns anything else into a bare 500 that leaks nothing', () => {
    const leaky = new Error('relation "tasks" does not exist at SELECT * FROM tasks');
    expect(toErrorResponse(leaky)).toEqual({
      status: 500,
      body: { error: { code: 'internal', message: 'Internal server error' } },
    });
    expect(toErrorResponse('a thrown string').status).toBe(500);
  });
});
