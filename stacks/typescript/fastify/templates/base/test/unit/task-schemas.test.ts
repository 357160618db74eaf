import { describe, expect, it } from 'vitest';
import {
  parseSort,
  TaskInput,
  TaskListQuery,
  TaskParams,
  TaskPatch,
} from '../../src/modules/tasks/task.schemas.ts';
import { check } from '../helpers/schema.ts';

describe('task body schemas', () => {
  it('trims the title, applies defaults and drops unknown fields', () => {
    const result = check(TaskInput, { title: '  Write tests  ', ownerId: 'x', id: 'y' });
    expect(result.valid).toBe(true);
    expect(result.data).toEqual({
      title: 'Write tests',
      description: null,
      status: 'todo',
      dueDate: null,
    });
  });

  it('checks the title length after trimming', () => {
    expect(check(TaskInput, {}).fields).toEqual(['title']);
    expect(check(TaskInput, { title: '   ' }).fields).toEqual(['title']);
    expect(check(TaskInput, { title: null }).fields).toEqual(['title']);
    expect(check(TaskInput, { title: 'x'.repeat(201) }).valid).toBe(false);
    expect(check(TaskInput, { title: ` ${'x'.repeat(200)} ` }).valid).toBe(true);
  });

  it('never coerces JSON types: null stays null, a number is not a title', () => {
    const cleared = check(TaskInput, { title: 't', description: null, dueDate: null });
    expect(cleared.data).toMatchObject({ description: null, dueDate: null });
    expect(check(TaskInput, { title: 42 }).fields).toEqual(['title']);
    expect(check(TaskInput, { title: ['t'] }).fields).toEqual(['title']);
  });

  it('accepts real calendar dates only, in YYYY-MM-DD form', () => {
    const dueDate = (value: string) => check(TaskInput, { title: 't', dueDate: value }).valid;
    expect(dueDate('2028-02-29')).toBe(true);
    expect(dueDate('2027-02-29')).toBe(false);
    expect(dueDate('2027-13-01')).toBe(false);
    expect(dueDate('31/12/2027')).toBe(false);
  });

  it('reports every bad field, once each', () => {
    const result = check(TaskInput, {
      title: '',
      status: 'someday',
      description: 'x'.repeat(2001),
    });
    expect(result.fields.sort()).toEqual(['description', 'status', 'title']);
  });

  it('PATCH keeps only the fields given and lets description and dueDate be cleared', () => {
    expect(check(TaskPatch, { status: 'done' }).data).toEqual({ status: 'done' });
    expect(check(TaskPatch, { dueDate: null, description: null }).data).toEqual({
      dueDate: null,
      description: null,
    });
    expect(check(TaskPatch, { title: null }).fields).toEqual(['title']);
    expect(check(TaskPatch, { status: null }).fields).toEqual(['status']);
  });
});

describe('task list query', () => {
  const query = (value: Record<string, unknown>) => check(TaskListQuery, value, 'querystring');

  it('has defaults: page 1, 20 per page, newest first', () => {
    expect(query({}).data).toEqual({ page: 1, pageSize: 20, sort: '-createdAt' });
  });

  it('reads numbers from the query string and ignores unknown parameters', () => {
    const result = query({ page: '3', pageSize: '100', foo: 'bar' });
    expect(result.valid).toBe(true);
    expect(result.data).toMatchObject({ page: 3, pageSize: 100 });
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
    expect(query({ [name]: value }).fields).toEqual([name]);
  });

  it('rejects a repeated parameter (?page=1&page=2)', () => {
    expect(query({ page: ['1', '2'] }).valid).toBe(false);
  });
});

describe('task ids', () => {
  const params = (id: string) => check(TaskParams, { id }, 'params');

  it('accepts UUIDs only, in any case, and reads them lower-cased', () => {
    expect(params('6f1c2a8e-58f4-4f0e-9a55-0d4f7c1b2e3a').valid).toBe(true);
    expect(params('6F1C2A8E-58F4-4F0E-9A55-0D4F7C1B2E3A').data).toEqual({
      id: '6f1c2a8e-58f4-4f0e-9a55-0d4f7c1b2e3a',
    });
    expect(params('not-a-uuid').valid).toBe(false);
    expect(params('urn:uuid:6f1c2a8e-58f4-4f0e-9a55-0d4f7c1b2e3a').valid).toBe(false);
  });
});

describe('parseSort', () => {
  it('reads a leading - as descending', () => {
    expect(parseSort('-dueDate')).toEqual({ field: 'dueDate', direction: 'desc' });
    expect(parseSort('title')).toEqual({ field: 'title', direction: 'asc' });
  });
});
