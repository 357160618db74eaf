import { randomUUID } from 'node:crypto';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { Test } from '@nestjs/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_TTL_SECONDS,
  AccessTokenService,
} from '../../src/auth/access-token.service.ts';

const SECRET = 'a-test-secret-that-is-at-least-32-characters-long';
const user = { id: '6f1c2a8e-58f4-4f0e-9a55-0d4f7c1b2e3a', role: 'user' as const };

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

let tokens: AccessTokenService;
let jwt: JwtService;

beforeAll(async () => {
  // The same JwtModule options as AuthModule, with a fixed secret.
  const moduleRef = await Test.createTestingModule({
    imports: [
      JwtModule.register({
        secret: SECRET,
        signOptions: { algorithm: ACCESS_TOKEN_ALGORITHM, expiresIn: ACCESS_TOKEN_TTL_SECONDS },
        verifyOptions: { algorithms: [ACCESS_TOKEN_ALGORITHM] },
      }),
    ],
    providers: [AccessTokenService],
  }).compile();
  tokens = moduleRef.get(AccessTokenService);
  jwt = moduleRef.get(JwtService);
});

describe('AccessTokenService', () => {
  it('round-trips: the token names the user and expires in an hour', async () => {
    const token = await tokens.sign(user);
    expect(await tokens.verify(token)).toEqual(user);
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
    expect(payload.exp - payload.iat).toBe(3600);
    expect(payload.role).toBe('user');
  });

  it('rejects an expired token', async () => {
    const token = await jwt.signAsync({}, { subject: user.id, expiresIn: -10 });
    expect(await tokens.verify(token)).toBeUndefined();
  });

  it('rejects a token signed with another secret', async () => {
    const secret = 'another-secret-that-is-also-32-characters-long';
    const token = await jwt.signAsync({}, { subject: user.id, secret });
    expect(await tokens.verify(token)).toBeUndefined();
  });

  it('rejects a tampered payload', async () => {
    const [header, , signature] = (await tokens.sign(user)).split('.');
    const forged = base64url({ sub: randomUUID(), exp: Math.floor(Date.now() / 1000) + 60 });
    expect(await tokens.verify(`${header}.${forged}.${signature}`)).toBeUndefined();
  });

  it('rejects alg "none" and algorithms other than HS256', async () => {
    const claims = { sub: user.id, exp: Math.floor(Date.now() / 1000) + 60 };
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.`;
    expect(await tokens.verify(unsigned)).toBeUndefined();
    const hs512 = await jwt.signAsync({}, { subject: user.id, algorithm: 'HS512' });
    expect(await tokens.verify(hs512)).toBeUndefined();
  });

  it('rejects garbage, tokens without an expiry and subjects that are not user ids', async () => {
    expect(await tokens.verify('not.a.jwt')).toBeUndefined();
    const noExpiry = await new JwtService({ secret: SECRET }).signAsync({ sub: user.id });
    expect(await tokens.verify(noExpiry)).toBeUndefined();
    expect(await tokens.verify(await jwt.signAsync({}, { subject: 'admin' }))).toBeUndefined();
  });
});
