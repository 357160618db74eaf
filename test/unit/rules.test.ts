import { describe, expect, it } from 'vitest';
import { ruleViolations } from '../../src/rules.js';
import { derivedFlags } from '../../src/context.js';
import { withDefaults } from '../../src/answers.js';

describe('rules', () => {
  it('passes the default answers', () => {
    expect(ruleViolations(withDefaults({}))).toEqual([]);
  });
  it('rejects a framework whose language differs', () => {
    expect(ruleViolations({ framework: 'express', language: 'python' })).toEqual([
      'Express 5 is a typescript framework, but the language is python.',
    ]);
  });
});

describe('derived flags', () => {
  it('gives one boolean per choice, true only for the chosen one', () => {
    const flags = derivedFlags({ ...withDefaults({ database: 'mysql', auth: 'session' }), name: 'x' });
    expect(flags).toMatchObject({ databaseMysql: true, databasePostgres: false, databaseSqlite: false, authSession: true, authJwt: false, authNone: false, frameworkExpress: true });
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
});
