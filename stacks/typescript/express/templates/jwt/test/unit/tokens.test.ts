import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from '../../src/modules/auth/tokens.ts';

const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';
const user = { id: '6f1c2a8e-58f4-4f0e-9a55-0d4f7c1b2e3a', role: 'user' } as const;

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('access tokens', () => {
  it('round-trips: the token names the user and expires in an hour', async () => {
    const token = await signAccessToken(user, SECRET);
    expect(await verifyAccessToken(token, SECRET)).toEqual(user);
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(3600);
  });

  it('rejects an expired token', async () => {
    const token = await signAccessToken(user, SECRET, -10);
    expect(await verifyAccessToken(token, SECRET)).toBeUndefined();
  });

  it('rejects a token signed with another secret', async () => {
    const token = await signAccessToken(user, 'another-secret-that-is-also-32-characters-long');
    expect(await verifyAccessToken(token, SECRET)).toBeUndefined();
  });

  it('rejects a tampered payload', async () => {
    const [header, , signature] = (await signAccessToken(user, SECRET)).split('.');
    const forged = base64url({ sub: crypto.randomUUID(), exp: Math.floor(Date.now() / 1000) + 60 });
    expect(await verifyAccessToken(`${header}.${forged}.${signature}`, SECRET)).toBeUndefined();
  });

  it('rejects alg "none" and algorithms other than HS256', async () => {
    const claims = { sub: user.id, exp: Math.floor(Date.now() / 1000) + 60 };
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    expect(await verifyAccessToken(unsigned, SECRET)).toBeUndefined();

    const hs512 = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS512' })
      .sign(new TextEncoder().encode(SECRET));
    expect(await verifyAccessToken(hs512, SECRET)).toBeUndefined();
  });

  it('rejects garbage and tokens without an expiry', async () => {
    expect(await verifyAccessToken('not.a.jwt', SECRET)).toBeUndefined();
    const noExpiry = await new SignJWT({ sub: user.id })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(SECRET));
    expect(await verifyAccessToken(noExpiry, SECRET)).toBeUndefined();
  });
});
