import type { Type } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { ValidationFailedException } from '../../src/common/errors.ts';
import { createValidationPipe } from '../../src/common/validation.ts';
import { isDateOnly } from '../../src/common/validators.ts';
import { CreateTaskDto } from '../../src/tasks/dto/create-task.dto.ts';
import { ListTasksQuery } from '../../src/tasks/dto/list-tasks.query.ts';
import { UpdateTaskDto } from '../../src/tasks/dto/update-task.dto.ts';

// The same pipe the app registers globally, called the way Nest calls it for @Body().
const pipe = createValidationPipe();

function validate<T>(
  metatype: Type<T>,
  value: unknown,
  type: 'body' | 'query' = 'body',
): Promise<T> {
  return pipe.transform(value, { type, metatype });
}

/** The fields a 422 names, or [] when the value is valid. */
async function badFields(metatype: Type<unknown>, value: unknown, type?: 'body' | 'query') {
  try {
    await validate(metatype, value, type);
    return [];
  } catch (err) {
    if (!(err instanceof ValidationFailedException)) throw err;
    return err.details.map((detail) => detail.field).sort();
  }
}

describe('CreateTaskDto (POST and PUT bodies)', () => {
  it('trims the title, applies defaults and drops unknown fields', async () => {
    const input = await validate(CreateTaskDto, {
      title: '  Write tests  ',
      ownerId: 'x',
      id: 'y',
    });
    expect(input).toBeInstanceOf(CreateTaskDto);
    expect({ ...input }).toEqual({
      title: 'Write tests',
      description: null,
      status: 'todo',
      dueDate: null,
    });
  });

  it('rejects a missing, null, blank or over-long title', async () => {
    expect(await badFields(CreateTaskDto, {})).toEqual(['title']);
    expect(await badFields(CreateTaskDto, { title: null })).toEqual(['title']);
    expect(await badFields(CreateTaskDto, { title: '   ' })).toEqual(['title']);
    expect(await badFields(CreateTaskDto, { title: 'x'.repeat(201) })).toEqual(['title']);
    expect(await badFields(CreateTaskDto, { title: ` ${'x'.repeat(200)} ` })).toEqual([]);
  });

  it('accepts real calendar dates only, in YYYY-MM-DD form', () => {
    expect(isDateOnly('2028-02-29')).toBe(true);
    expect(isDateOnly('2027-02-29')).toBe(false);
    expect(isDateOnly('2027-13-01')).toBe(false);
    expect(isDateOnly('31/12/2027')).toBe(false);
    expect(isDateOnly('2027-01-01T00:00:00Z')).toBe(false);
  });

  it('reports every bad field, once', async () => {
    const fields = await badFields(CreateTaskDto, {
      title: '',
      status: 'someday',
      description: 'x'.repeat(2001),
      dueDate: 'tomorrow',
    });
    expect(fields).toEqual(['description', 'dueDate', 'status', 'title']);
  });

  it('reports the first problem of each field: the type before the length', async () => {
    const error = await validate(CreateTaskDto, { title: null }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ValidationFailedException);
    expect((error as ValidationFailedException).details).toEqual([
      { field: 'title', message: 'must be a string' },
    ]);
  });

  it('accepts explicit nulls for description and dueDate, not for status', async () => {
    expect(
      await badFields(CreateTaskDto, { title: 't', description: null, dueDate: null }),
    ).toEqual([]);
    expect(await badFields(CreateTaskDto, { title: 't', status: null })).toEqual(['status']);
  });
});

describe('UpdateTaskDto (PATCH bodies)', () => {
  it('keeps only the fields given', async () => {
    const changes = await validate(UpdateTaskDto, { status: 'done', priority: 'high' });
    expect(Object.entries(changes).filter(([, value]) => value !== undefined)).toEqual([
      ['status', 'done'],
    ]);
  });

  it('lets description and dueDate be cleared, but not title or status', async () => {
    expect(await badFields(UpdateTaskDto, { description: null, dueDate: null })).toEqual([]);
    expect(await badFields(UpdateTaskDto, { title: null })).toEqual(['title']);
    expect(await badFields(UpdateTaskDto, { status: null })).toEqual(['status']);
  });
});

describe('ListTasksQuery', () => {
  it('has defaults: page 1, 20 per page, newest first', async () => {
    const query = await validate(ListTasksQuery, {}, 'query');
    expect({ ...query }).toMatchObject({ page: 1, pageSize: 20, sort: '-createdAt' });
  });

  it('parses numbers and ignores unknown parameters', async () => {
    const query = await validate(
      ListTasksQuery,
      { page: '3', pageSize: '100', foo: 'bar' },
      'query',
    );
    expect(query).toMatchObject({ page: 3, pageSize: 100 });
    expect(query).not.toHaveProperty('foo');
  });

  it.each([
    ['page', '0'],
    ['page', '-1'],
    ['page', '1.5'],
    ['page', 'abc'],
    ['pageSize', '0'],
    ['pageSize', '101'],
    ['status', 'someday'],
    ['sort', 'priority'],
    ['sort', '--title'],
  ])('rejects %s=%s', async (name, value) => {
    expect(await badFields(ListTasksQuery, { [name]: value }, 'query')).toEqual([name]);
  });

  it('rejects a repeated parameter (?page=1&page=2)', async () => {
    expect(await badFields(ListTasksQuery, { page: ['1', '2'] }, 'query')).toEqual(['page']);
  });
});
