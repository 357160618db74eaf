import { describe, expect, it } from 'vitest';
import {
  parseSort,
  taskInputSchema,
  taskListQuerySchema,
  taskPatchSchema,
} from '../../src/modules/tasks/task.schemas.ts';

const fieldsIn = (result: { error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('task body schemas', () => {
  it('trims the title, applies defaults and drops unknown fields', () => {
    const input = taskInputSchema.parse({ title: '  Write tests  ', ownerId: 'x', id: 'y' });
    expect(input).toEqual({
      title: 'Write tests',
      description: null,
      status: 'todo',
      dueDate: null,
    });
  });

  it('rejects an empty, blank or over-long title', () => {
    expect(taskInputSchema.safeParse({}).success).toBe(false);
    expect(taskInputSchema.safeParse({ title: '   ' }).success).toBe(false);
    expect(taskInputSchema.safeParse({ title: 'x'.repeat(201) }).success).toBe(false);
    expect(taskInputSchema.safeParse({ title: 'x'.repeat(200) }).success).toBe(true);
  });

  it('accepts real calendar dates only, in YYYY-MM-DD form', () => {
    const dueDate = (value: string) => taskInputSchema.safeParse({ title: 't', dueDate: value });
    expect(dueDate('2028-02-29').success).toBe(true);
    expect(dueDate('2027-02-29').success).toBe(false);
    expect(dueDate('2027-13-01').success).toBe(false);
    expect(dueDate('31/12/2027').success).toBe(false);
  });

  it('reports every bad field', () => {
    const result = taskInputSchema.safeParse({
      title: '',
      status: 'someday',
      description: 'x'.repeat(2001),
    });
    expect(fieldsIn(result).sort()).toEqual(['description', 'status', 'title']);
  });

  it('PATCH keeps only the fields given and lets description and dueDate be cleared', () => {
    expect(taskPatchSchema.parse({ status: 'done' })).toEqual({ status: 'done' });
    expect(taskPatchSchema.parse({ dueDate: null, description: null })).toEqual({
      dueDate: null,
      description: null,
    });
    expect(taskPatchSchema.safeParse({ title: null }).success).toBe(false);
    expect(taskPatchSchema.safeParse({ status: null }).success).toBe(false);
  });
});

describe('task list query', () => {
  it('has defaults: page 1, 20 per page, newest first', () => {
    expect(taskListQuerySchema.parse({})).toEqual({
      page: 1,
      pageSize: 20,
      sort: { field: 'createdAt', direction: 'desc' },
    });
  });

  it('parses numbers and ignores unknown parameters', () => {
    const query = taskListQuerySchema.parse({ page: '3', pageSize: '100', foo: 'bar' });
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
  ])('rejects %s=%s', (name, value) => {
    const result = taskListQuerySchema.safeParse({ [name]: value });
    expect(fieldsIn(result)).toEqual([name]);
  });

  it('rejects a repeated parameter (?page=1&page=2)', () => {
    expect(taskListQuerySchema.safeParse({ page: ['1', '2'] }).success).toBe(false);
  });
});

describe('parseSort', () => {
  it('reads a leading - as descending', () => {
    expect(parseSort('-dueDate')).toEqual({ field: 'dueDate', direction: 'desc' });
    expect(parseSort('title')).toEqual({ field: 'title', direction: 'asc' });
  });
});
