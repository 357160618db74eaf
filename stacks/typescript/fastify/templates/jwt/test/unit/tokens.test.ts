import jwt from '@fastify/jwt';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_SECONDS, jwtOptions } from '../../src/modules/auth/tokens.ts';
import { forgeToken, nowSeconds } from '../helpers/jwt.ts';

const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';
const claims = { sub: '6f1c2a8e-58f4-4f0e-9a55-0d4f7c1b2e3a', role: 'user' as const };

// The app's @fastify/jwt settings on a bare Fastify instance: no database, no routes.
const app = Fastify();
await app.register(jwt, jwtOptions(SECRET));
afterAll(() => app.close());

const accepts = (token: string) => {
  try {
    app.jwt.verify(token);
    return true;
  } catch {
    return false;
  }
};

describe('access tokens', () => {
  it('are HS256, name the user and expire in an hour', () => {
    const token = app.jwt.sign(claims);
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString());
    expect(header.alg).toBe('HS256');
    const payload = app.jwt.verify<typeof claims & { iat: number; exp: number }>(token);
    expect(payload.sub).toBe(claims.sub);
    expect(payload.exp - payload.iat).toBe(ACCESS_TOKEN_TTL_SECONDS);
  });

  it('accepts a well-formed token signed with the secret', () => {
    expect(accepts(forgeToken({ ...claims, exp: nowSeconds() + 60 }, { secret: SECRET }))).toBe(
      true,
    );
  });

  it('rejects an expired token', () => {
    expect(accepts(forgeToken({ ...claims, exp: nowSeconds() - 10 }, { secret: SECRET }))).toBe(
      false,
    );
  });

  it('rejects a token signed with another secret, or tampered with', () => {
    const exp = nowSeconds() + 60;
    const other = 'another-secret-that-is-also-32-characters-long';
    expect(accepts(forgeToken({ ...claims, exp }, { secret: other }))).toBe(false);
    const [header, , signature] = app.jwt.sign(claims).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'admin', exp })).toString(
      'base64url',
    );
    expect(accepts(`${header}.${forged}.${signature}`)).toBe(false);
  });

  it('rejects alg "none" and algorithms other than HS256', () => {
    const exp = nowSeconds() + 60;
    expect(accepts(forgeToken({ ...claims, exp }, { alg: 'none' }))).toBe(false);
    expect(accepts(forgeToken({ ...claims, exp }, { alg: 'HS512', secret: SECRET }))).toBe(false);
  });

  it('rejects garbage and tokens without an expiry or a subject', () => {
    expect(accepts('not.a.jwt')).toBe(false);
    expect(accepts(forgeToken(claims, { secret: SECRET }))).toBe(false);
    expect(accepts(forgeToken({ role: 'user', exp: nowSeconds() + 60 }, { secret: SECRET }))).toBe(
      false,
    );
  });
});
