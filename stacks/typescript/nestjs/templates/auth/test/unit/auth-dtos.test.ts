import type { Type } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { LoginDto } from '../../src/auth/dto/login.dto.ts';
import { RegisterDto } from '../../src/auth/dto/register.dto.ts';
import { ValidationFailedException } from '../../src/common/errors.ts';
import { createValidationPipe } from '../../src/common/validation.ts';

const pipe = createValidationPipe();
const validate = <T>(metatype: Type<T>, value: unknown): Promise<T> =>
  pipe.transform(value, { type: 'body', metatype });

async function badFields(metatype: Type<unknown>, value: unknown): Promise<string[]> {
  try {
    await validate(metatype, value);
    return [];
  } catch (err) {
    if (!(err instanceof ValidationFailedException)) throw err;
    return err.details.map((detail) => detail.field).sort();
  }
}

describe('RegisterDto', () => {
  it('trims and lower-cases the email, trims the name', async () => {
    const input = await validate(RegisterDto, {
      email: '  Ada@Example.COM ',
      password: 'long enough',
      name: ' Ada ',
    });
    expect({ ...input }).toEqual({
      email: 'ada@example.com',
      password: 'long enough',
      name: 'Ada',
    });
  });

  it('enforces the length rules: password 8-128, name 1-100', async () => {
    const valid = { email: 'a@example.com', password: 'x'.repeat(8), name: 'A' };
    expect(await badFields(RegisterDto, valid)).toEqual([]);
    expect(await badFields(RegisterDto, { ...valid, password: 'x'.repeat(7) })).toEqual([
      'password',
    ]);
    expect(await badFields(RegisterDto, { ...valid, password: 'x'.repeat(129) })).toEqual([
      'password',
    ]);
    expect(await badFields(RegisterDto, { ...valid, name: '  ' })).toEqual(['name']);
    expect(await badFields(RegisterDto, { ...valid, name: 'x'.repeat(101) })).toEqual(['name']);
  });

  it('reports each bad field once', async () => {
    const fields = await badFields(RegisterDto, { email: 'not-an-email', password: 'short' });
    expect(fields).toEqual(['email', 'name', 'password']);
  });

  it('rejects an over-long email that looks like SQL', async () => {
    const email = `'; DROP TABLE users; --${'x'.repeat(300)}`;
    expect(await badFields(RegisterDto, { email, password: 'long enough', name: 'A' })).toEqual([
      'email',
    ]);
  });
});

describe('LoginDto', () => {
  it('normalises the email but does not judge its format', async () => {
    const input = await validate(LoginDto, { email: ' X@Y.Z ', password: 'p' });
    expect({ ...input }).toEqual({ email: 'x@y.z', password: 'p' });
    expect(await badFields(LoginDto, { email: 'not an email', password: 'p' })).toEqual([]);
    expect(await badFields(LoginDto, { email: 'a@b.c', password: '' })).toEqual(['password']);
  });
});
