import { describe, expect, it } from 'vitest';
import { ruleViolations } from '../../src/rules.js';
import { buildContext } from '../../src/context.js';
import { withDefaults } from '../../src/answers.js';

describe('rules', () => {
  it('passes the default answers', () => {
    expect(ruleViolations(withDefaults({}))).toEqual([]);
  });
  it('rejects a framework whose language differs', () => {
    expect(ruleViolations({ framework: 'express', language: 'python' })).toEqual(['Express 5 is a typescript framework, but the language is python.']);
  });
});

describe('context capabilities', () => {
  const ctx = (a: Record<string, string>) => buildContext({ ...withDefaults(a), name: 'x' }, '0.1.0');
  it('marks the chosen database, and only it', () => {
    expect(ctx({ database: 'mysql' }).db).toMatchObject({ mysql: true, postgres: false, sqlite: false, server: true });
    expect(ctx({ database: 'sqlite' }).db).toMatchObject({ mysql: false, postgres: false, sqlite: true, server: false });
  });
  it('gives each auth mode its capabilities', () => {
    expect(ctx({ auth: 'session' }).auth).toMatchObject({ users: true, bearer: false, cookie: true, csrf: true, secretEnv: 'SESSION_SECRET' });
    expect(ctx({ auth: 'jwt' }).auth).toMatchObject({ users: true, bearer: true, cookie: false, csrf: false, secretEnv: 'JWT_SECRET' });
    expect(ctx({ auth: 'none' }).auth).toMatchObject({ users: false, bearer: false, cookie: false, csrf: false, secretEnv: '' });
  });
  it('takes language facts from the stack, not the answer', () => {
    expect(ctx({ framework: 'flask' }).lang.envName).toBe('APP_ENV');
    expect(ctx({ framework: 'express' }).lang.envName).toBe('NODE_ENV');
  });
});

describe('smoke matrix', async () => {
  const { matrix } = await import('../smoke/matrix.js');
  const { CHOICE_OPTIONS } = await import('../../src/options/index.js');
  const cells = matrix();
  it('has one cell per verified stack x database x auth, each allowed by the rules', () => {
    expect(new Set(cells.map((c) => c.id)).size).toBe(cells.length);
    for (const c of cells) expect(ruleViolations(c), c.id).toEqual([]);
  });
  it('exercises every verified value of every option somewhere', () => {
    for (const opt of CHOICE_OPTIONS) {
      const used = new Set(cells.map((c) => c[opt.key as keyof typeof c]));
      for (const cell of cells) {
        for (const choice of opt.choices(cell).filter((x) => !x.experimental)) expect(used, `${opt.key}=${choice.value}`).toContain(choice.value);
      }
    }
  });
  it('gives an offered cell the same variant with --experimental (its record describes that variant)', () => {
    const withExperimental = new Map(matrix(true).map((c) => [c.id, c]));
    for (const c of cells) expect(withExperimental.get(c.id), c.id).toEqual(c);
  });
});
