import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, missingOptions, validateGiven, withDefaults } from '../../src/answers.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from '../helpers/cli.js';

const flag = (key: string) => `--${key}`;
const tmp = tempDir('cbr-answers-');
const file = (name: string, text: string) => {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('validateGiven', () => {
  it('lists the valid values for an unknown one', () => {
    expect(() => validateGiven({ database: 'mongo' }, flag)).toThrow(/Unknown --database "mongo"\. Valid values: postgres, mysql, sqlite/);
  });
  it('rejects an unknown framework', () => {
    expect(() => validateGiven({ framework: 'rails' }, flag)).toThrow(/Valid values: .*express/);
  });
  it('rejects a framework from another language', () => {
    expect(() => validateGiven({ language: 'typescript', framework: 'express' }, flag)).not.toThrow();
    expect(() => validateGiven({ language: 'cobol' }, flag)).toThrow(/Unknown --language/);
  });
  it('accepts the defaults', () => {
    expect(validateGiven(withDefaults({}), flag)).toMatchObject({ framework: 'express', database: 'postgres', auth: 'jwt', cloud: 'none' });
  });
});

describe('withDefaults', () => {
  it('fills the documented defaults and keeps what was given', () => {
    const a = withDefaults({ database: 'sqlite' });
    expect(a).toMatchObject({ language: 'typescript', framework: 'express', database: 'sqlite', auth: 'jwt', cloud: 'none', git: true, install: true });
  });
});

describe('missingOptions', () => {
  it('names every flag that would be prompted', () => {
    expect(missingOptions({})).toEqual([
      '--language',
      '--framework',
      '--database',
      '--auth',
      '--cloud',
      '--package-manager',
      '--git/--no-git',
      '--install/--no-install',
    ]);
  });
  it('derives the language from the framework', () => {
    expect(missingOptions({ framework: 'express' })).not.toContain('--language');
  });
});

describe('loadConfig', () => {
  it('reads a plain answers object', () => {
    expect(loadConfig(file('plain.json', '{"database":"mysql","git":false}'), '0.1.0')).toEqual({ database: 'mysql', git: false });
  });
  it('reads the answers of a generated .backend-roadmap.json', () => {
    const text = JSON.stringify({ generator: 'create-backend-roadmap', generatorVersion: '0.1.0', answers: { auth: 'none' }, commands: {} });
    expect(loadConfig(file('gen.json', text), '0.1.0')).toEqual({ auth: 'none' });
  });
  it('rejects malformed JSON', () => {
    expect(() => loadConfig(file('bad.json', '{"database":'), '0.1.0')).toThrow(/not valid JSON/);
  });
  it('rejects unknown keys', () => {
    expect(() => loadConfig(file('unknown.json', '{"databse":"mysql"}'), '0.1.0')).toThrow(/unknown key\(s\): databse/);
  });
  it('rejects wrongly typed values', () => {
    expect(() => loadConfig(file('types.json', '{"git":"yes"}'), '0.1.0')).toThrow(/"git" must be a boolean/);
  });
  it('rejects a file from a newer major version', () => {
    const text = JSON.stringify({ generatorVersion: '9.0.0', answers: {} });
    expect(() => loadConfig(file('newer.json', text), '0.1.0')).toThrow(/newer/);
  });
  it('rejects a missing file', () => {
    expect(() => loadConfig(path.join(tmp, 'nope.json'), '0.1.0')).toThrow(UserError);
  });
  it('rejects a JSON array', () => {
    expect(() => loadConfig(file('array.json', '[]'), '0.1.0')).toThrow(/JSON object/);
  });
});
