import { describe, expect, it } from 'vitest';
import { loginSchema, registerSchema } from '../../src/modules/auth/auth.schemas.ts';

describe('auth schemas', () => {
  it('trims and lower-cases the email, trims the name', () => {
    const input = registerSchema.parse({
      email: '  Ada@Example.COM ',
      password: 'long enough',
      name: ' Ada ',
    });
    expect(input).toEqual({ email: 'ada@example.com', password: 'long enough', name: 'Ada' });
  });

  it('enforces the length rules: password 8-128, name 1-100', () => {
    const valid = { email: 'a@example.com', password: 'x'.repeat(8), name: 'A' };
    expect(registerSchema.safeParse(valid).success).toBe(true);
    expect(registerSchema.safeParse({ ...valid, password: 'x'.repeat(7) }).success).toBe(false);
    expect(registerSchema.safeParse({ ...valid, password: 'x'.repeat(129) }).success).toBe(false);
    expect(registerSchema.safeParse({ ...valid, name: '  ' }).success).toBe(false);
    expect(registerSchema.safeParse({ ...valid, name: 'x'.repeat(101) }).success).toBe(false);
  });

  it('reports each bad field once', () => {
    const result = registerSchema.safeParse({ email: 'not-an-email', password: 'short' });
    const fields = result.error?.issues.map((issue) => issue.path.join('.')).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
  });

  it('login normalises the email but does not judge its format', () => {
    expect(loginSchema.parse({ email: ' X@Y.Z ', password: 'p' })).toEqual({
      email: 'x@y.z',
      password: 'p',
    });
    expect(loginSchema.safeParse({ email: 'a@b.c', password: '' }).success).toBe(false);
  });
});
