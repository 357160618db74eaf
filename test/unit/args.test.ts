import { describe, expect, it } from 'vitest';
import { parseArgv } from '../../src/args.js';
import { UserError } from '../../src/errors.js';

describe('parseArgv', () => {
  it('reads the positional, choice flags and booleans', () => {
    const a = parseArgv(['my-api', '--framework', 'express', '--database=mysql', '--no-git', '--install', '-y']);
    expect(a.positional).toBe('my-api');
    expect(a.choices).toEqual({ framework: 'express', database: 'mysql' });
    expect(a.git).toBe(false);
    expect(a.install).toBe(true);
    expect(a.yes).toBe(true);
  });
  it('maps --package-manager to the packageManager answer', () => {
    expect(parseArgv(['--package-manager', 'pnpm']).choices).toEqual({ packageManager: 'pnpm' });
  });
  it('rejects unknown flags with a hint', () => {
    expect(() => parseArgv(['--frameworkk', 'express'])).toThrow(/Unknown option '--frameworkk'.*--help/);
  });
  it('rejects a flag given twice with different values', () => {
    expect(() => parseArgv(['--auth', 'jwt', '--auth', 'none'])).toThrow(/given twice/);
  });
  it('accepts a flag repeated with the same value', () => {
    expect(parseArgv(['--auth', 'jwt', '--auth', 'jwt']).choices.auth).toBe('jwt');
  });
  it('rejects --git with --no-git', () => {
    expect(() => parseArgv(['--git', '--no-git'])).toThrow(UserError);
  });
  it('rejects two positionals', () => {
    expect(() => parseArgv(['my', 'api'])).toThrow(/one project directory/);
  });
  it('rejects a choice flag without a value', () => {
    expect(() => parseArgv(['--database'])).toThrow(UserError);
  });
});
