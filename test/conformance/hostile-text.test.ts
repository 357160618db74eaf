/**
 * Hostile input, text and numbers: a NUL (U+0000) or an unpaired surrogate in any text field
 * -> 422 naming the field (in `q`: 200 with no match, or 422); `page` outside 1..2147483647 ->
 * 422. Bodies are sent as raw JSON text with `\u0000` / `\ud800` escapes, which is how such a
 * string reaches a server (JSON.stringify would escape a lone surrogate the same way).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, createTask, getAdmin, newActor, newCredentials, query, uniqueId, type Actor } from './client.js';
import { HAS_AUTH } from './env.js';
import { describeResponse, expectJson, expectPage, expectTask, expectUser, expectValidation } from './shapes.js';

/** JSON string literals (escapes as sent on the wire) that no database stores reliably. */
const POISON: Array<{ what: string; literal: string }> = [
  { what: 'NUL', literal: String.raw`"a\u0000b"` },
  { what: 'a lone high surrogate', literal: String.raw`"a\ud800b"` },
  { what: 'a lone low surrogate', literal: String.raw`"a\udc00b"` },
  { what: 'a trailing high surrogate', literal: String.raw`"ab\ud83d"` },
  { what: 'surrogates in the wrong order', literal: String.raw`"a\ude00\ud83db"` },
];

/** `fields` as a JSON object, with `field` replaced by the raw literal (prefixed to keep lengths valid). */
function rawJson(fields: Record<string, string>, field: string, literal: string): string {
  const entries = Object.entries(fields).map(([key, value]) =>
    key === field ? `${JSON.stringify(key)}: ${literal.replace(/^"/, `"${value}`)}` : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  if (!(field in fields)) entries.push(`${JSON.stringify(field)}: ${literal}`);
  return `{${entries.join(', ')}}`;
}

describe.runIf(HAS_AUTH)('hostile input: NUL and unpaired surrogates in auth fields', () => {
  it('register: in name, email or password -> 422 naming that field', async () => {
    for (const field of ['name', 'email', 'password']) {
      for (const { what, literal } of POISON) {
        const credentials = { ...newCredentials('poison') };
        // Keep the email well-formed around the poison, so only the poison can make it invalid.
        const fields = field === 'email' ? { ...credentials, email: '' } : credentials;
        const value = field === 'email' ? literal.replace(/^"/, '"cf-').replace(/"$/, `-${uniqueId()}@example.com"`) : literal;
        const res = await api('/api/v1/auth/register', { method: 'POST', rawBody: rawJson(fields, field, value) });
        expect(res.status, `register with ${what} in ${field}: ${describeResponse(res)}`).toBe(422);
        expectValidation(res, [field]);
      }
    }
  });

  it('login: in email or password -> 422 naming that field', async () => {
    const credentials = newCredentials('poison-login');
    for (const field of ['email', 'password']) {
      for (const { what, literal } of POISON) {
        const fields = { email: credentials.email, password: credentials.password };
        const res = await api('/api/v1/auth/login', { method: 'POST', rawBody: rawJson(fields, field, literal) });
        expect(res.status, `login with ${what} in ${field}: ${describeResponse(res)}`).toBe(422);
        expectValidation(res, [field]);
      }
    }
  });

  it('a valid surrogate pair (an emoji) is text like any other', async () => {
    const credentials = { ...newCredentials('emoji'), name: 'Emoji \u{1F600} user' };
    const res = await api('/api/v1/auth/register', { method: 'POST', rawBody: JSON.stringify(credentials) });
    expect(expectUser(expectJson(res, 201).user).name).toBe(credentials.name);
  });
});

describe('hostile input: NUL and unpaired surrogates in task fields and q', () => {
  let actor: Actor;
  let taskPath: string;
  let marker: string;

  beforeAll(async () => {
    actor = await newActor('poison-tasks');
    marker = `cf${uniqueId()}`;
    taskPath = `/api/v1/tasks/${(await createTask(actor, { title: `${marker} a b` })).id}`;
  });

  it('title or description on POST, PUT and PATCH -> 422 naming that field', async () => {
    const writes: Array<[string, string]> = [
      ['POST', '/api/v1/tasks'],
      ['PUT', taskPath],
      ['PATCH', taskPath],
    ];
    for (const [method, path] of writes) {
      for (const field of ['title', 'description']) {
        for (const { what, literal } of POISON) {
          const res = await api(path, { method, rawBody: rawJson({ title: 'poison' }, field, literal), as: actor });
          expect(res.status, `${method} with ${what} in ${field}: ${describeResponse(res)}`).toBe(422);
          expectValidation(res, [field]);
        }
      }
    }
    // The task is unchanged.
    expect(expectTask(expectJson(await api(taskPath, { as: actor }), 200)).title).toBe(`${marker} a b`);
  });

  it('an emoji in a title is stored and returned as sent', async () => {
    const title = `${marker} \u{1F600}`;
    expect((await createTask(actor, { title })).title).toBe(title);
  });

  it('the same in q -> 200 with no match, or 422 naming q', async () => {
    // U+0000 percent-encoded, and the bytes a lone surrogate would be in (invalid) UTF-8.
    for (const q of [`${marker}\u0000`, '\u0000', 'a\u0000b']) {
      await expectNoMatchOr422(actor, `/api/v1/tasks${query({ q })}`);
    }
    for (const raw of ['%ED%A0%80', `${marker}%ED%A0%80`, 'a%ED%B0%80b', '%C0%80']) {
      await expectNoMatchOr422(actor, `/api/v1/tasks?q=${raw}`);
    }
  });
});

async function expectNoMatchOr422(actor: Actor, path: string): Promise<void> {
  const res = await api(path, { as: actor });
  if (res.status === 422) {
    expectValidation(res, ['q']);
    return;
  }
  const page = expectPage(expectJson(res, 200), expectTask);
  expect(page.data, `no task matches: ${describeResponse(res)}`).toEqual([]);
  expect(page.total).toBe(0);
}

describe('hostile input: page bounds', () => {
  // 1e3 and 0x10 are numbers to JavaScript's Number(), not integers as a client writes them.
  const OUT_OF_RANGE = ['0', '-1', '2147483648', `1${'0'.repeat(300)}`, '1.5', 'abc', '1e3', '0x10'];
  let actor: Actor;
  let marker: string;

  beforeAll(async () => {
    actor = await newActor('page-bounds');
    marker = `cf${uniqueId()}`;
    await createTask(actor, { title: `${marker} only` });
  });

  it(`GET /api/v1/tasks with page ${OUT_OF_RANGE.map((v) => JSON.stringify(v.length > 12 ? '10^300' : v)).join(', ')} -> 422 naming page`, async () => {
    for (const page of OUT_OF_RANGE) {
      expectValidation(await api(`/api/v1/tasks${query({ q: marker, page })}`, { as: actor }), ['page']);
    }
  });

  it('page 2147483647 -> 200 with empty data (also with pageSize 100)', async () => {
    for (const pageSize of [20, 100]) {
      const res = await api(`/api/v1/tasks${query({ q: marker, page: 2147483647, pageSize })}`, { as: actor });
      expect(expectJson(res, 200)).toEqual({ data: [], page: 2147483647, pageSize, total: 1 });
    }
  });

  it.runIf(HAS_AUTH)('GET /api/v1/users: the same bounds for page', async () => {
    const admin = await getAdmin();
    for (const page of OUT_OF_RANGE) {
      expectValidation(await api(`/api/v1/users${query({ page })}`, { as: admin }), ['page']);
    }
    const last = expectJson(await api(`/api/v1/users${query({ page: 2147483647, pageSize: 100 })}`, { as: admin }), 200);
    expect(last).toMatchObject({ data: [], page: 2147483647, pageSize: 100 });
  });
});
