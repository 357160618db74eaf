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
