import { z } from 'zod';
import { TASK_STATUSES } from '../../db/schema.ts';
import { pageOf, pageQuerySchema } from '../../lib/pagination.ts';
import { text } from '../../middleware/validate.ts';

const title = text().trim().min(1, 'must not be empty').max(200);
const description = text().max(2000).nullable();
const status = z.enum(TASK_STATUSES).meta({ id: 'TaskStatus' });

/**
 * A task as the API returns it. Responses are not validated at runtime (the repository builds
 * them); this schema describes them in /openapi.json and gives the TypeScript type.
 */
export const taskSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string().nullable(),
    status,
    dueDate: z.iso.date().nullable().meta({ description: 'YYYY-MM-DD.' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof taskSchema>;

export const taskPageSchema = pageOf(taskSchema).meta({ id: 'TaskPage' });

/** `/tasks/{id}`: a path id that is not a UUID can't name a task (404, see task.routes.ts). */
export const taskIdParams = z.object({ id: z.uuid() });
const dueDate = z.iso.date('must be a date like 2026-12-31').nullable();

/**
 * POST and PUT bodies. PUT replaces the whole task, so an omitted optional field goes back to
 * its default. Unknown fields are dropped by zod and never reach the database.
 */
export const taskInputSchema = z
  .object({
    title,
    description: description.default(null),
    status: status.default('todo'),
    dueDate: dueDate.default(null),
  })
  .meta({ id: 'TaskInput' });
export type TaskInput = z.infer<typeof taskInputSchema>;

/** PATCH bodies: only the fields given change. */
export const taskPatchSchema = z
  .object({
    title: title.optional(),
    description: description.optional(),
    status: status.optional(),
    dueDate: dueDate.optional(),
  })
  .meta({ id: 'TaskPatch' });
export type TaskPatch = z.infer<typeof taskPatchSchema>;

export const TASK_SORTS = [
  'createdAt',
  '-createdAt',
  'dueDate',
  '-dueDate',
  'title',
  '-title',
] as const;
export type TaskSortParam = (typeof TASK_SORTS)[number];

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

/** `GET /tasks?page&pageSize&status&q&sort`; unknown parameters are ignored. */
export const taskListQuerySchema = pageQuerySchema.extend({
  status: status.optional(),
  q: text().optional(),
  sort: z.enum(TASK_SORTS).default('-createdAt').transform(parseSort),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;
