/**
 * GET /api/v1/tasks: page envelope, paging bounds, status filter, literal search, sorting and
 * scoping to the caller. Every query carries q=<marker> unique to this run, so in auth=none
 * (where tasks are global) only this run's tasks are seen; in the auth modes each group also
 * uses a fresh user.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createTask, newActor, query, sleep, uniqueId, type Actor } from './client.js';
import { HAS_AUTH } from './env.js';
import { expectJson, expectPage, expectTask, expectValidation, timestampNanos, type PageJson, type TaskJson } from './shapes.js';

type Params = Record<string, string | number>;

async function list(actor: Actor, params: Params): Promise<PageJson<TaskJson>> {
  const res = await api(`/api/v1/tasks${query(params)}`, { as: actor });
  return expectPage(expectJson(res, 200), expectTask);
}

const ids = (tasks: TaskJson[]): string[] => tasks.map((task) => task.id);
const sortedIds = (tasks: TaskJson[]): string[] => ids(tasks).sort();

/** A fresh caller and a marker unique to this run. */
async function scope(tag: string): Promise<{ actor: Actor; marker: string }> {
  return { actor: await newActor(tag), marker: `cf${uniqueId()}` };
}

describe('tasks list: envelope and paging', () => {
  let actor: Actor;
  let marker: string;
  let all: TaskJson[];

  beforeAll(async () => {
    ({ actor, marker } = await scope('paging'));
    // One after another, a few ms apart: distinct createdAt keeps paging deterministic.
    all = [];
    for (let i = 0; i < 21; i += 1) {
      all.push(await createTask(actor, { title: `${marker} item ${String(i).padStart(2, '0')}` }));
      await sleep(3);
    }
  });

  it('defaults to page 1 and pageSize 20', async () => {
    const page = await list(actor, { q: marker });
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: 21 });
    expect(page.data).toHaveLength(20);
    // Newest first by default: the oldest task is the one left for page 2.
    expect(ids(page.data)).not.toContain(all[0]?.id);
    if (HAS_AUTH) {
      const unfiltered = await list(actor, {});
      expect(unfiltered.total).toBe(21);
      expect(unfiltered.data).toHaveLength(20);
    }
  });

  it('pages partition the results; pageSize 1 and 100 are accepted', async () => {
    const first = await list(actor, { q: marker, page: 1, pageSize: 20 });
    const second = await list(actor, { q: marker, page: 2, pageSize: 20 });
    expect(second).toMatchObject({ page: 2, pageSize: 20, total: 21 });
    expect(second.data).toHaveLength(1);
    expect([...ids(first.data), ...ids(second.data)].sort()).toEqual(sortedIds(all));

    const everything = await list(actor, { q: marker, pageSize: 100 });
    expect(everything).toMatchObject({ page: 1, pageSize: 100, total: 21 });
    expect(sortedIds(everything.data)).toEqual(sortedIds(all));

    const single = await list(actor, { q: marker, pageSize: 1, page: 21 });
    expect(single).toMatchObject({ page: 21, pageSize: 1, total: 21 });
    expect(single.data).toHaveLength(1);
  });

  it('a page past the end -> 200 with empty data and the right total', async () => {
    expect(await list(actor, { q: marker, page: 3 })).toEqual({ data: [], page: 3, pageSize: 20, total: 21 });
    const tiny = await list(actor, { q: marker, page: 22, pageSize: 1 });
    expect(tiny).toEqual({ data: [], page: 22, pageSize: 1, total: 21 });
  });

  it('out-of-range or unknown parameter values -> 422 naming the parameter', async () => {
    const bad: Array<[string, string]> = [
      ['pageSize', '0'],
      ['pageSize', '101'],
      ['pageSize', '-1'],
      ['pageSize', 'abc'],
      ['pageSize', '1.5'],
      ['page', '0'],
      ['page', '-1'],
      ['page', 'abc'],
      ['status', 'archived'],
      ['status', 'DONE'],
      ['sort', 'priority'],
      ['sort', 'created_at'],
      ['sort', '-'],
    ];
    for (const [name, value] of bad) {
      const res = await api(`/api/v1/tasks${query({ q: marker, [name]: value })}`, { as: actor });
      expectValidation(res, [name]);
    }
  });

  it('unknown parameter names are ignored', async () => {
    const plain = await list(actor, { q: marker });
    const noisy = await list(actor, { q: marker, foo: 'bar', limit: 1, offset: 5, per_page: 1, sort_by: 'title' });
    expect(noisy).toEqual(plain);
  });
});

describe('tasks list: status filter and search', () => {
  let actor: Actor;
  let marker: string;
  let word: string;
  const made: Record<string, TaskJson> = {};

  beforeAll(async () => {
    ({ actor, marker } = await scope('search'));
    word = `dm${uniqueId()}`;
    const specs: Record<string, Record<string, unknown>> = {
      percent: { title: `${marker} 100% done`, status: 'done' },
      percentWord: { title: `${marker} 100 percent done`, status: 'done' },
      underscore: { title: `${marker} a_b`, status: 'in_progress' },
      lookalike: { title: `${marker} axb`, status: 'todo' },
      described: { title: `${marker} described`, description: `Has ${word} inside`, status: 'todo' },
      backslash: { title: `${marker} c:\\temp\\x`, status: 'todo' },
      mixedCase: { title: `${marker} Mixed CASE Title`, status: 'in_progress' },
    };
    for (const [key, spec] of Object.entries(specs)) made[key] = await createTask(actor, spec);
  });

  const pick = (...keys: string[]): string[] => keys.map((key) => made[key]?.id ?? key).sort();

  it('status filters by exact status', async () => {
    expect(sortedIds((await list(actor, { q: marker, status: 'done' })).data)).toEqual(pick('percent', 'percentWord'));
    expect(sortedIds((await list(actor, { q: marker, status: 'in_progress' })).data)).toEqual(pick('underscore', 'mixedCase'));
    const todo = await list(actor, { q: marker, status: 'todo' });
    expect(sortedIds(todo.data)).toEqual(pick('lookalike', 'described', 'backslash'));
    expect(todo.total).toBe(3);
  });

  it('q is a literal substring: % and _ and \\ are not wildcards', async () => {
    expect(sortedIds((await list(actor, { q: `${marker} 100%` })).data)).toEqual(pick('percent'));
    expect(sortedIds((await list(actor, { q: `${marker} a_b` })).data)).toEqual(pick('underscore'));
    expect(sortedIds((await list(actor, { q: `${marker} c:\\t` })).data)).toEqual(pick('backslash'));
  });

  it('q=% and q=_ match only tasks that contain the character', async () => {
    for (const [q, key] of [
      ['%', 'percent'],
      ['_', 'underscore'],
      ['\\', 'backslash'],
    ] as const) {
      const page = await list(actor, { q, pageSize: 100 });
      for (const task of page.data) {
        expect(`${task.title} ${task.description ?? ''}`, `q=${q} matched ${task.title}`).toContain(q);
      }
      expect(ids(page.data)).toContain(made[key]?.id);
      // In auth modes the caller owns only this group's tasks, so the match is exact.
      if (HAS_AUTH) expect(page.total).toBe(1);
    }
  });

  it('q matches title or description, case-insensitively', async () => {
    expect(sortedIds((await list(actor, { q: `${marker.toUpperCase()} mixed case` })).data)).toEqual(pick('mixedCase'));
    expect(sortedIds((await list(actor, { q: word.toUpperCase() })).data)).toEqual(pick('described'));
    expect(sortedIds((await list(actor, { q: `${marker} A_B`.toUpperCase() })).data)).toEqual(pick('underscore'));
  });

  it('a q that matches nothing, or looks like SQL, -> 200 with empty data', async () => {
    for (const q of [`${marker} nothing here`, `${marker}'; DROP TABLE tasks; --`, `${marker}" OR "1"="1`]) {
      expect(await list(actor, { q })).toEqual({ data: [], page: 1, pageSize: 20, total: 0 });
    }
  });
});

type Compare = (a: TaskJson, b: TaskJson) => number;

const sign = (n: bigint): number => (n > 0n ? 1 : n < 0n ? -1 : 0);
const newestFirst: Compare = (a, b) => sign(timestampNanos(b.createdAt) - timestampNanos(a.createdAt));
const oldestFirst: Compare = (a, b) => -newestFirst(a, b);

function byNullableLast(field: 'dueDate', direction: 1 | -1): Compare {
  return (a, b) => {
    const x = a[field];
    const y = b[field];
    if (x === y) return newestFirst(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return (x < y ? -1 : 1) * direction;
  };
}

function byTitle(direction: 1 | -1): Compare {
  return (a, b) => (a.title === b.title ? newestFirst(a, b) : (a.title < b.title ? -1 : 1) * direction);
}

/** The contract's order for each sort value: tasks without a dueDate last, ties newest first. */
const ORDERS: Record<string, Compare> = {
  createdAt: oldestFirst,
  '-createdAt': newestFirst,
  dueDate: byNullableLast('dueDate', 1),
  '-dueDate': byNullableLast('dueDate', -1),
  title: byTitle(1),
  '-title': byTitle(-1),
};

describe('tasks list: sorting', () => {
  let actor: Actor;
  let marker: string;
  const made: TaskJson[] = [];

  beforeAll(async () => {
    ({ actor, marker } = await scope('sort'));
    // Titles differ only in lower-case ASCII words, so every database collation agrees.
    const specs: Array<[string, string | null]> = [
      ['delta', '2031-03-01'],
      ['alpha', null],
      ['charlie', '2031-01-01'],
      ['bravo', '2031-03-01'],
      ['bravo', null],
      ['echo', '2031-02-01'],
      ['alpha', '2031-01-01'],
    ];
    for (const [word, dueDate] of specs) {
      made.push(await createTask(actor, { title: `${marker} ${word}`, dueDate }));
      await sleep(15); // distinct createdAt, so "newest first" decides ties
    }
  });

  for (const [sort, compare] of Object.entries(ORDERS)) {
    it(`sort=${sort}`, async () => {
      const page = await list(actor, { q: marker, sort });
      expect(page.total).toBe(made.length);
      const expected = [...made].sort(compare);
      const show = (tasks: TaskJson[]): string[] => tasks.map((task) => `${task.title.slice(marker.length + 1)} ${task.dueDate ?? 'null'} ${task.createdAt}`);
      // Equal under the comparator (same createdAt) may come in either order.
      page.data.forEach((task, i) => {
        const want = expected[i];
        if (want && compare(task, want) !== 0) expect(show(page.data)).toEqual(show(expected));
      });
      expect(sortedIds(page.data)).toEqual(sortedIds(made));
    });
  }

  it('the default order is -createdAt', async () => {
    const byDefault = await list(actor, { q: marker });
    const explicit = await list(actor, { q: marker, sort: '-createdAt' });
    expect(ids(byDefault.data)).toEqual(ids(explicit.data));
  });
});

describe.runIf(HAS_AUTH)("tasks list: only the caller's tasks", () => {
  it('another user sees none of them, and totals count only their own', async () => {
    const { actor: owner, marker } = await scope('mine');
    const stranger = await newActor('stranger');
    const mine = [await createTask(owner, { title: `${marker} one` }), await createTask(owner, { title: `${marker} two` })];

    const ownView = await list(owner, {});
    expect(ownView.total).toBe(2);
    expect(sortedIds(ownView.data)).toEqual(sortedIds(mine));
    expect(await list(stranger, {})).toEqual({ data: [], page: 1, pageSize: 20, total: 0 });
    expect(await list(stranger, { q: marker })).toEqual({ data: [], page: 1, pageSize: 20, total: 0 });
  });
});
