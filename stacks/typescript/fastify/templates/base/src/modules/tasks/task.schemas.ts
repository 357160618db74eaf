/**
 * The JSON Schemas of the task routes, written with TypeBox. One definition does three jobs:
 * Ajv validates requests against it, fast-json-stringify serialises responses with it, and
 * TypeScript derives the handler types from it (`Static<typeof TaskInput>`).
 */
import { type Static, Type } from 'typebox';
import { TASK_STATUSES } from '../../db/schema.ts';
import { PageOf, PageQuery } from '../../lib/pagination.ts';
import { UUID_PATTERN } from '../../lib/uuid.ts';
import { stringEnum, text } from '../../lib/validation.ts';

// `transform` trims before minLength/maxLength run, so "  x  " is a valid one-letter title.
const title = text({ transform: ['trim'], minLength: 1, maxLength: 200 });
const description = Type.Union([text({ maxLength: 2000 }), Type.Null()]);
const status = stringEnum(TASK_STATUSES);
// `format: date` accepts real calendar dates only: 2027-02-29 and 2026-13-01 are rejected.
const dueDate = Type.Union([Type.String({ format: 'date' }), Type.Null()]);

/** A task as the API returns it. */
export const Task = Type.Object({
  id: Type.String({ format: 'uuid' }),
  title: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  status,
  dueDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type Task = Static<typeof Task>;

export const TaskPage = PageOf(Task);

/**
 * POST and PUT bodies. PUT replaces the whole task, so an omitted optional field goes back to
 * its default: the validator fills it in (Ajv's useDefaults), so handlers always get all four
 * fields, while the schema (and so /openapi.json) keeps them optional for clients.
 * Unknown fields are removed before the handler runs.
 */
export const TaskInput = Type.Object(
  {
    title,
    description: Type.Optional(
      Type.Union([text({ maxLength: 2000 }), Type.Null()], { default: null }),
    ),
    status: Type.Optional(stringEnum(TASK_STATUSES, { default: 'todo' })),
    dueDate: Type.Optional(
      Type.Union([Type.String({ format: 'date' }), Type.Null()], { default: null }),
    ),
  },
  { additionalProperties: false },
);
export type TaskInput = Static<typeof TaskInput>;

/** PATCH bodies: only the fields given change; description and dueDate can be cleared (null). */
export const TaskPatch = Type.Object(
  {
    title: Type.Optional(title),
    description: Type.Optional(description),
    status: Type.Optional(status),
    dueDate: Type.Optional(dueDate),
  },
  { additionalProperties: false },
);
export type TaskPatch = Static<typeof TaskPatch>;

/**
 * `/tasks/{id}`. A path that isn't a UUID can't name a task; the error handler answers a failed
 * params check with 404, before any query runs. UUIDs are case-insensitive: stored lower-case.
 */
export const TaskParams = Type.Object({
  id: Type.String({ transform: ['toLowerCase'], pattern: UUID_PATTERN }),
});

export const TASK_SORTS = [
  'createdAt',
  '-createdAt',
  'dueDate',
  '-dueDate',
  'title',
  '-title',
] as const;
export type TaskSortParam = (typeof TASK_SORTS)[number];

/** `GET /tasks?page&pageSize&status&q&sort`; unknown parameters are ignored. */
export const TaskListQuery = Type.Object({
  ...PageQuery.properties,
  status: Type.Optional(status),
  q: Type.Optional(text()),
  sort: stringEnum(TASK_SORTS, { default: '-createdAt' }),
});
export type TaskListQuery = Static<typeof TaskListQuery>;

export interface TaskSort {
  field: 'createdAt' | 'dueDate' | 'title';
  direction: 'asc' | 'desc';
}

/** `-dueDate` means dueDate, descending. */
export function parseSort(sort: TaskSortParam): TaskSort {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as TaskSort['field'];
  return { field, direction: descending ? 'desc' : 'asc' };
}
