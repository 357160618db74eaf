/**
 * Assertions on the shapes the contract defines: the error body, User, Task and the page
 * envelope. Each checks the exact key set and the type of every field, then returns the
 * value typed, so tests read `const task = expectTask(res.body)`.
 */
import { expect } from 'vitest';
import type { ApiResponse } from './client.js';

export type Role = 'user' | 'admin';
export type TaskStatus = 'todo' | 'in_progress' | 'done';

export interface UserJson {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface TaskJson {
  id: string;
  title: string;
  description: string | null;
  status: TaskStatus;
  dueDate: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PageJson<T> {
  data: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface ErrorJson {
  code: string;
  message: string;
  details?: Array<{ field: string; message: string }>;
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** ISO 8601 in UTC: `Z` or `+00:00`, optional fraction. */
export const ISO_UTC_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|\+00:00)$/;
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const USER_KEYS = ['createdAt', 'email', 'id', 'name', 'role'];
const TASK_KEYS = ['createdAt', 'description', 'dueDate', 'id', 'status', 'title', 'updatedAt'];
const PAGE_KEYS = ['data', 'page', 'pageSize', 'total'];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One line naming the request and what came back, for assertion messages. */
export function describeResponse(res: ApiResponse): string {
  return `${res.method} ${res.path} -> ${res.status} ${res.text.slice(0, 600)}`;
}

export function expectStatus(res: ApiResponse, status: number): void {
  expect(res.status, describeResponse(res)).toBe(status);
}

export function expectJsonContentType(res: ApiResponse): void {
  expect(res.headers.get('content-type') ?? '', `Content-Type of ${res.method} ${res.path}`).toMatch(/^application\/json\s*(;|$)/i);
}

/** Status, Content-Type and a parsed JSON object body; returns the body. */
export function expectJson(res: ApiResponse, status: number): Record<string, unknown> {
  expectStatus(res, status);
  expectJsonContentType(res);
  expect(isRecord(res.body), `JSON object body: ${describeResponse(res)}`).toBe(true);
  return res.body as Record<string, unknown>;
}

function expectKeys(value: unknown, keys: string[], what: string): Record<string, unknown> {
  expect(isRecord(value), `${what} must be a JSON object, got ${JSON.stringify(value)}`).toBe(true);
  const record = value as Record<string, unknown>;
  expect(Object.keys(record).sort(), `keys of ${what}`).toEqual([...keys].sort());
  return record;
}

function expectString(value: unknown, what: string, pattern?: RegExp): string {
  expect(typeof value, `${what} must be a string, got ${JSON.stringify(value)}`).toBe('string');
  if (pattern) expect(value as string, what).toMatch(pattern);
  return value as string;
}

export function expectTimestamp(value: unknown, what: string): string {
  const text = expectString(value, what, ISO_UTC_RE);
  expect(Number.isNaN(Date.parse(text)), `${what} parses as a date`).toBe(false);
  return text;
}

/** A timestamp as nanoseconds since the epoch, so sub-millisecond precision is kept. */
export function timestampNanos(iso: string): bigint {
  const match = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO 8601 timestamp: ${iso}`);
  const seconds = Date.parse(`${match[1] ?? ''}${match[3] ?? 'Z'}`);
  const fraction = (match[2] ?? '').padEnd(9, '0').slice(0, 9);
  return BigInt(seconds) * 1_000_000n + BigInt(fraction);
}

/** Fails when any key anywhere in the value mentions a password. */
export function expectNoPasswordKeys(value: unknown, where = 'body'): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => expectNoPasswordKeys(item, `${where}[${i}]`));
  } else if (isRecord(value)) {
    for (const [key, inner] of Object.entries(value)) {
      expect(key.toLowerCase(), `${where}.${key} must not expose a password`).not.toContain('password');
      expectNoPasswordKeys(inner, `${where}.${key}`);
    }
  }
}

/** Fails when the raw text looks like it carries a password hash. */
export function expectNoHashes(text: string): void {
  for (const marker of ['$2a$', '$2b$', '$2y$', '$argon2', 'pbkdf2', '$scrypt$']) {
    expect(text, 'a password hash never leaves the server').not.toContain(marker);
  }
}

export function expectUser(value: unknown, what = 'user'): UserJson {
  const user = expectKeys(value, USER_KEYS, what);
  expectString(user.id, `${what}.id`, UUID_RE);
  expectString(user.email, `${what}.email`, /^[^\s@A-Z]+@[^\s@A-Z]+$/);
  expectString(user.name, `${what}.name`);
  expect(['user', 'admin'], `${what}.role`).toContain(user.role);
  expectTimestamp(user.createdAt, `${what}.createdAt`);
  expectNoPasswordKeys(user, what);
  return user as unknown as UserJson;
}

export function expectTask(value: unknown, what = 'task'): TaskJson {
  const task = expectKeys(value, TASK_KEYS, what);
  expectString(task.id, `${what}.id`, UUID_RE);
  const title = expectString(task.title, `${what}.title`);
  expect(title.length, `${what}.title length`).toBeGreaterThanOrEqual(1);
  expect(title.length, `${what}.title length`).toBeLessThanOrEqual(200);
  if (task.description !== null) expectString(task.description, `${what}.description`);
  expect(['todo', 'in_progress', 'done'], `${what}.status`).toContain(task.status);
  if (task.dueDate !== null) expectString(task.dueDate, `${what}.dueDate`, DATE_RE);
  expectTimestamp(task.createdAt, `${what}.createdAt`);
  expectTimestamp(task.updatedAt, `${what}.updatedAt`);
  return task as unknown as TaskJson;
}

/** The page envelope; each item is checked with `item`. */
export function expectPage<T>(value: unknown, item: (value: unknown, what: string) => T): PageJson<T> {
  const page = expectKeys(value, PAGE_KEYS, 'page envelope');
  expect(Array.isArray(page.data), 'page.data is an array').toBe(true);
  for (const key of ['page', 'pageSize', 'total']) {
    expect(Number.isInteger(page[key]), `page.${key} is an integer, got ${JSON.stringify(page[key])}`).toBe(true);
  }
  const data = (page.data as unknown[]).map((entry, i) => item(entry, `data[${i}]`));
  return { data, page: page.page as number, pageSize: page.pageSize as number, total: page.total as number };
}

/** Things that only appear in a body when internals leak: stack frames, tracebacks, SQL. */
const LEAK_PATTERNS: RegExp[] = [
  /\n\s+at\s/,
  /\bat\s+\S+\s+\(\S*:\d+:\d+\)/,
  /\bat\s+(file:|node:|\/)\S*:\d+/,
  /(^|[\s"'])[A-Za-z.]*(Error|Exception):\s/,
  /Traceback/,
  /File "[^"]*", line \d+/,
  /node_modules|site-packages|dist-packages/,
  /\bSELECT\b/,
  /\bINSERT\s+INTO\b/i,
  /\bDELETE\s+FROM\b/i,
  /\bUPDATE\s+\S+\s+SET\b/i,
  /SQLSTATE|SQLITE_|\bER_[A-Z_]{3,}|psycopg|sqlalchemy|QueryFailedError|PrismaClient/i,
  /violates (unique|foreign key|not-null|check) constraint/i,
  /goroutine \d+/,
];

function collectStrings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, out));
  else if (isRecord(value)) Object.values(value).forEach((item) => collectStrings(item, out));
  return out;
}

/** No stack trace, traceback, file path or SQL in the raw text or any string of the body. */
export function expectNoLeak(res: ApiResponse): void {
  for (const text of collectStrings(res.body, [res.text])) {
    for (const pattern of LEAK_PATTERNS) {
      const message = `${res.method} ${res.path}: body leaks internals (${pattern}): ${text.slice(0, 400)}`;
      expect(pattern.test(text), message).toBe(false);
    }
  }
}

/**
 * The one error body: `{"error": {"code", "message", "details"?}}`, with `details` present
 * only for validation_failed. Also checks status, Content-Type and that nothing leaks.
 */
export function expectError(res: ApiResponse, status: number, code: string): ErrorJson {
  const body = expectJson(res, status);
  expectNoLeak(res);
  const error = body.error;
  expect(Object.keys(body), `error body keys: ${describeResponse(res)}`).toEqual(['error']);
  expect(isRecord(error), 'body.error is an object').toBe(true);
  const record = error as Record<string, unknown>;
  const allowed = code === 'validation_failed' ? ['code', 'details', 'message'] : ['code', 'message'];
  expect(Object.keys(record).sort(), `keys of body.error: ${describeResponse(res)}`).toEqual(allowed);
  expect(record.code, describeResponse(res)).toBe(code);
  expect(typeof record.message, 'error.message is a string').toBe('string');
  expect((record.message as string).length, 'error.message is not empty').toBeGreaterThan(0);
  if (code === 'validation_failed') {
    expect(Array.isArray(record.details), 'error.details is an array').toBe(true);
    const details = record.details as unknown[];
    expect(details.length, 'error.details is not empty').toBeGreaterThan(0);
    details.forEach((detail, i) => {
      const entry = expectKeys(detail, ['field', 'message'], `error.details[${i}]`);
      expectString(entry.field, `error.details[${i}].field`);
      expectString(entry.message, `error.details[${i}].message`);
    });
  }
  return record as unknown as ErrorJson;
}

/** 422 validation_failed whose details name exactly these fields (one or more entries each). */
export function expectValidation(res: ApiResponse, fields: string[]): ErrorJson {
  const error = expectError(res, 422, 'validation_failed');
  const named = [...new Set((error.details ?? []).map((detail) => detail.field))].sort();
  expect(named, `fields named in details: ${describeResponse(res)}`).toEqual([...new Set(fields)].sort());
  return error;
}
