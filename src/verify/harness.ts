/**
 * The few pieces of a test runner the conformance suite uses (describe, it, beforeAll,
 * afterEach, expect and its matchers), so the CLI can run the suite with no test framework at
 * run time. When the suite is bundled into the CLI, `vitest` resolves to this module
 * (tsup.config.ts); under Vitest the same test files run with the real thing.
 */
import { isDeepStrictEqual } from 'node:util';

type Fn = () => unknown | Promise<unknown>;

interface Suite {
  name: string;
  enabled: boolean;
  beforeAll: Fn[];
  afterEach: Fn[];
  children: Array<Suite | Test>;
}
interface Test {
  name: string;
  enabled: boolean;
  fn: Fn;
}

export interface TestResult {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  error?: string;
}

const root: Suite = { name: '', enabled: true, beforeAll: [], afterEach: [], children: [] };
let current = root;

function suite(name: string, fn: () => void, enabled = true): void {
  const s: Suite = { name, enabled, beforeAll: [], afterEach: [], children: [] };
  current.children.push(s);
  const parent = current;
  current = s;
  try {
    fn();
  } finally {
    current = parent;
  }
}

export const describe = Object.assign((name: string, fn: () => void) => suite(name, fn), {
  runIf: (condition: unknown) => (name: string, fn: () => void) => suite(name, fn, Boolean(condition)),
});

export const it = Object.assign(
  (name: string, fn: Fn) => {
    current.children.push({ name, enabled: true, fn });
  },
  { runIf: (condition: unknown) => (name: string, fn: Fn) => current.children.push({ name, enabled: Boolean(condition), fn }) },
);
export const test = it;

export function beforeAll(fn: Fn): void {
  current.beforeAll.push(fn);
}
export function afterEach(fn: Fn): void {
  current.afterEach.push(fn);
}

/** Runs every registered test in order (files one after another, as the suite expects). */
export async function runRegistered(opts: { timeoutMs: number; onResult?: (r: TestResult) => void }): Promise<TestResult[]> {
  const results: TestResult[] = [];
  const withTimeout = async (fn: Fn, what: string) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${opts.timeoutMs / 1000} s`)), opts.timeoutMs);
    });
    try {
      await Promise.race([Promise.resolve().then(fn), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  const report = (r: TestResult) => {
    results.push(r);
    opts.onResult?.(r);
  };
  const skipAll = (s: Suite, path: string[]) => {
    for (const c of s.children) {
      if ('fn' in c) report({ name: [...path, c.name].join(' > '), status: 'skipped', seconds: 0 });
      else skipAll(c, [...path, c.name]);
    }
  };
  const visit = async (s: Suite, path: string[], hooks: Fn[]): Promise<void> => {
    if (!s.enabled) return skipAll(s, path);
    let setupError: string | undefined;
    for (const hook of s.beforeAll) {
      try {
        await withTimeout(hook, 'beforeAll');
      } catch (err) {
        setupError = message(err);
        break;
      }
    }
    const after = [...s.afterEach, ...hooks];
    for (const c of s.children) {
      if (!('fn' in c)) {
        await visit(c, [...path, c.name], after);
        continue;
      }
      const name = [...path, c.name].join(' > ');
      if (!c.enabled) {
        report({ name, status: 'skipped', seconds: 0 });
        continue;
      }
      const t0 = performance.now();
      let error = setupError && `beforeAll failed: ${setupError}`;
      if (!error) {
        try {
          await withTimeout(c.fn, 'test');
        } catch (err) {
          error = message(err);
        }
      }
      for (const hook of after) {
        try {
          await hook();
        } catch (err) {
          error ??= message(err);
        }
      }
      report({ name, status: error ? 'failed' : 'passed', seconds: (performance.now() - t0) / 1000, ...(error ? { error } : {}) });
    }
  };
  await visit(root, [], []);
  return results;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Asymmetric matchers: expect.objectContaining({...}), expect.stringMatching(/.../). */
class Asymmetric {
  constructor(
    readonly describe: string,
    readonly test: (actual: unknown) => boolean,
  ) {}
}

const show = (v: unknown) => {
  if (v instanceof Asymmetric) return v.describe;
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v, (_, x) => (x instanceof Asymmetric ? x.describe : x)) ?? String(v));
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Vitest's toEqual: recursive, undefined properties ignored, asymmetric matchers honoured. */
function equals(a: unknown, b: unknown): boolean {
  if (b instanceof Asymmetric) return b.test(a);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equals(x, b[i]));
  if (isObject(a) && isObject(b) && !Array.isArray(a) && !Array.isArray(b)) {
    if (a instanceof RegExp || b instanceof RegExp || a instanceof Date || b instanceof Date) return isDeepStrictEqual(a, b);
    const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
    const ka = keys(a);
    const kb = keys(b);
    return ka.length === kb.length && kb.every((k) => equals(a[k], b[k]));
  }
  return Object.is(a, b);
}

/** Vitest's toMatchObject: every property of `b` matches in `a`, recursively. */
function matchesObject(a: unknown, b: unknown): boolean {
  if (b instanceof Asymmetric) return b.test(a);
  if (Array.isArray(b)) return Array.isArray(a) && a.length === b.length && b.every((x, i) => matchesObject(a[i], x));
  if (isObject(b)) return isObject(a) && Object.keys(b).every((k) => matchesObject(a[k], b[k]));
  return Object.is(a, b);
}

type Matchers = {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: unknown): void;
  toMatch(expected: RegExp | string): void;
  toContain(expected: unknown): void;
  toContainEqual(expected: unknown): void;
  toHaveLength(expected: number): void;
  toBeGreaterThan(expected: number): void;
  toBeGreaterThanOrEqual(expected: number): void;
  toBeLessThan(expected: number): void;
  toBeLessThanOrEqual(expected: number): void;
  toBeDefined(): void;
  toBeUndefined(): void;
  toBeNull(): void;
  toBeTruthy(): void;
};

function matchers(actual: unknown, note: string | undefined, negate: boolean): Matchers {
  const check = (pass: boolean, what: string) => {
    if (pass === negate) throw new Error(`${note ? `${note}: ` : ''}expected ${show(actual)} ${negate ? 'not ' : ''}${what}`);
  };
  const num = (n: unknown) => (typeof n === 'number' ? n : Number.NaN);
  return {
    toBe: (e) => check(Object.is(actual, e), `to be ${show(e)}`),
    toEqual: (e) => check(equals(actual, e), `to equal ${show(e)}`),
    toMatchObject: (e) => check(matchesObject(actual, e), `to match ${show(e)}`),
    toMatch: (e) => check(typeof actual === 'string' && (typeof e === 'string' ? actual.includes(e) : e.test(actual)), `to match ${String(e)}`),
    toContain: (e) =>
      check(typeof actual === 'string' ? typeof e === 'string' && actual.includes(e) : Array.isArray(actual) && actual.includes(e), `to contain ${show(e)}`),
    toContainEqual: (e) => check(Array.isArray(actual) && actual.some((x) => equals(x, e)), `to contain an item equal to ${show(e)}`),
    toHaveLength: (e) => check(isObject(actual) || typeof actual === 'string' ? (actual as { length?: number }).length === e : false, `to have length ${e}`),
    toBeGreaterThan: (e) => check(num(actual) > e, `to be greater than ${e}`),
    toBeGreaterThanOrEqual: (e) => check(num(actual) >= e, `to be at least ${e}`),
    toBeLessThan: (e) => check(num(actual) < e, `to be less than ${e}`),
    toBeLessThanOrEqual: (e) => check(num(actual) <= e, `to be at most ${e}`),
    toBeDefined: () => check(actual !== undefined, 'to be defined'),
    toBeUndefined: () => check(actual === undefined, 'to be undefined'),
    toBeNull: () => check(actual === null, 'to be null'),
    toBeTruthy: () => check(Boolean(actual), 'to be truthy'),
  };
}

export const expect = Object.assign(
  (actual: unknown, note?: string) => Object.assign(matchers(actual, note, false), { not: matchers(actual, note, true) }),
  {
    objectContaining: (o: Record<string, unknown>) => new Asymmetric(`objectContaining(${show(o)})`, (a) => matchesObject(a, o)),
    stringMatching: (r: RegExp | string) =>
      new Asymmetric(`stringMatching(${String(r)})`, (a) => typeof a === 'string' && (typeof r === 'string' ? a.includes(r) : r.test(a))),
  },
);
