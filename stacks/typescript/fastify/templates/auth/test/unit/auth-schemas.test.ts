import { describe, expect, it } from 'vitest';
import { LoginBody, RegisterBody } from '../../src/modules/auth/auth.schemas.ts';
import { check } from '../helpers/schema.ts';

describe('auth schemas', () => {
  it('trims and lower-cases the email, trims the name', () => {
    const result = check(RegisterBody, {
      email: '  Ada@Example.COM ',
      password: 'long enough',
      name: ' Ada ',
    });
    expect(result.data).toEqual({ email: 'ada@example.com', password: 'long enough', name: 'Ada' });
  });

  it('enforces the length rules: password 8-128, name 1-100', () => {
    const valid = { email: 'a@example.com', password: 'x'.repeat(8), name: 'A' };
    const fields = (changes: object) => check(RegisterBody, { ...valid, ...changes }).fields;
    expect(fields({})).toEqual([]);
    expect(fields({ password: 'x'.repeat(7) })).toEqual(['password']);
    expect(fields({ password: 'x'.repeat(129) })).toEqual(['password']);
    expect(fields({ password: 'x'.repeat(128), name: 'x'.repeat(100) })).toEqual([]);
    expect(fields({ name: '  ' })).toEqual(['name']);
    expect(fields({ name: 'x'.repeat(101) })).toEqual(['name']);
  });

  it('reports each bad field once', () => {
    const result = check(RegisterBody, { email: 'not-an-email', password: 'short' });
    expect(result.fields.sort()).toEqual(['email', 'name', 'password']);
  });

  it('rejects an overlong email however it looks', () => {
    const email = `'; DROP TABLE users; --${'x'.repeat(300)}`;
    const result = check(RegisterBody, { email, password: 'long enough', name: 'A' });
    expect(result.fields).toEqual(['email']);
  });

  it('login normalises the email but does not judge its format', () => {
    expect(check(LoginBody, { email: ' X@Y.Z ', password: 'p' }).data).toEqual({
      email: 'x@y.z',
      password: 'p',
    });
    expect(check(LoginBody, { email: 'not an email', password: 'p' }).valid).toBe(true);
    expect(check(LoginBody, { email: 'a@b.c', password: '' }).fields).toEqual(['password']);
  });
});
