import type { TaskStatus } from '../db/schema.ts';

/** A task as the API returns it. */
export interface Task {
  id: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  /** `YYYY-MM-DD` or null. */
  dueDate: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Every field of a task the client controls: a POST or PUT body, defaults applied. */
export interface TaskInput {
  title: string;
  description: string | null;
  status: TaskStatus;
  dueDate: string | null;
}

/** A PATCH body: only the fields given change. */
export type TaskChanges = Partial<TaskInput>;

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

/** What the repository needs to list tasks. */
export interface TaskFilter {
  page: number;
  pageSize: number;
  status?: TaskStatus | undefined;
  q?: string | undefined;
  sort: TaskSort;
}
