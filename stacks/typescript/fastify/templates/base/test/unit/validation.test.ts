import { describe, expect, it } from 'vitest';
import { toDetails } from '../../src/lib/validation.ts';

const error = (keyword: string, instancePath: string, params: Record<string, unknown> = {}) => ({
  keyword,
  instancePath,
  params,
  message: `ajv says ${keyword}`,
});

describe('toDetails', () => {
  it('names fields plainly, including a missing one', () => {
    expect(
      toDetails([
        error('required', '', { missingProperty: 'title' }),
        error('format', '/dueDate', { format: 'date' }),
      ]),
    ).toEqual([
      { field: 'title', message: 'is required' },
      { field: 'dueDate', message: 'must be a date like 2026-12-31' },
    ]);
  });

  it('keeps the first error of a field only', () => {
    const details = toDetails([
      error('maxLength', '/description', { limit: 2000 }),
      error('type', '/description', { type: 'null' }),
      error('anyOf', '/description'),
    ]);
    expect(details).toEqual([{ field: 'description', message: 'must be at most 2000 characters' }]);
  });

  it('names nested fields with dots and whole-body errors by their root', () => {
    expect(toDetails([error('type', '/address/city', { type: 'string' })])).toEqual([
      { field: 'address.city', message: 'must be a string' },
    ]);
    expect(toDetails([error('type', '', { type: 'object' })], 'body')).toEqual([
      { field: 'body', message: 'must be an object' },
    ]);
  });
});
