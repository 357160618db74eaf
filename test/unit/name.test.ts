import { describe, expect, it } from 'vitest';
import { packageNameProblem, resolveTarget } from '../../src/name.js';

describe('packageNameProblem', () => {
  it.each(['my-api', 'api2', 'a.b', 'x_y', 'tilde~ok'])('accepts %s', (name) => {
    expect(packageNameProblem(name)).toBeUndefined();
  });
  it.each([
    ['My-Api', /uppercase/],
    ['my api', /spaces/],
    ['', /empty/],
    ['.hidden', /starts with/],
    ['_private', /starts with/],
    ['node_modules', /reserved/],
    ['http', /reserved/],
    ['fs', /reserved/],
    ['a'.repeat(215), /214/],
    ['naïve', /only lowercase/],
    ['semi;colon', /only lowercase/],
  ])('rejects %j', (name, why) => {
    expect(packageNameProblem(name)).toMatch(why);
  });
});

describe('resolveTarget', () => {
  const cwd = '/work/here';
  it('resolves a plain name inside cwd', () => {
    expect(resolveTarget('my-api', cwd)).toEqual({ dir: '/work/here/my-api', name: 'my-api' });
  });
  it('accepts a nested relative path and names the package after the last segment', () => {
    expect(resolveTarget('apps/api/', cwd)).toEqual({ dir: '/work/here/apps/api', name: 'api' });
  });
  it('uses the current folder name for "."', () => {
    expect(resolveTarget('.', '/work/my-api')).toEqual({ dir: '/work/my-api', name: 'my-api' });
  });
  it.each(['..', '../escape', 'a/../../b', '/etc/passwd'])('rejects %s', (arg) => {
    expect(() => resolveTarget(arg, cwd)).toThrow(/inside the current folder|absolute path/);
  });
  it('rejects "." when the current folder is not a valid name', () => {
    expect(() => resolveTarget('.', '/work/My Project')).toThrow(/not a valid project name/);
  });
});
