/**
 * GET /api/v1/auth/me with bearer tokens (auth = jwt): every way a token can be bad -> 401.
 * Forged tokens copy the claims of a real token from the app, so they differ from a valid
 * one only in the property under test; a re-signed copy proves JWT_SECRET is the app's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, newActor, type Actor } from './client.js';
import { AUTH, JWT_SECRET } from './env.js';
import { base64url, decodeJwt, encodePart, nowSeconds, signJwt, type DecodedJwt } from './jwt.js';
import { expectError, expectJson, expectUser } from './shapes.js';

const me = (authorization?: string) => api('/api/v1/auth/me', authorization === undefined ? {} : { headers: { authorization } });

describe.runIf(AUTH === 'jwt')('bearer tokens on GET /api/v1/auth/me', () => {
  let actor: Extract<Actor, { kind: 'jwt' }>;
  let real: DecodedJwt;

  beforeAll(async () => {
    const created = await newActor('jwt');
    if (created.kind !== 'jwt') throw new Error('expected a jwt actor');
    actor = created;
    real = decodeJwt(actor.token);
  });

  it('a valid token -> 200 {"user": User}', async () => {
    const body = expectJson(await me(`Bearer ${actor.token}`), 200);
    expect(Object.keys(body)).toEqual(['user']);
    expect(expectUser(body.user)).toEqual(actor.user);
  });

  it('the app signs with HMAC and JWT_SECRET (a copy re-signed by the suite is accepted)', async () => {
    expect(['HS256', 'HS384', 'HS512']).toContain(real.header.alg);
    const resigned = signJwt(real.header, real.payload, JWT_SECRET);
    expectJson(await me(`Bearer ${resigned}`), 200);
  });

  it('a missing Authorization header -> 401', async () => {
    expectError(await me(), 401, 'unauthorized');
  });

  it('a malformed Authorization header -> 401', async () => {
    const headers = [
      '',
      'Bearer',
      'Bearer ',
      'Bearer not-a-token',
      'Bearer a.b.c',
      `Token ${actor.token}`,
      `Basic ${Buffer.from('user:pass').toString('base64')}`,
      actor.token,
      `Bearer ${actor.token}x`,
      `Bearer ${actor.token.split('.').slice(0, 2).join('.')}`,
    ];
    for (const header of headers) {
      expectError(await me(header), 401, 'unauthorized');
    }
  });

  it('a tampered payload with the original signature -> 401', async () => {
    const [header = ''] = actor.token.split('.');
    const payload = { ...real.payload, role: 'admin', exp: nowSeconds() + 86_400 };
    expectError(await me(`Bearer ${header}.${encodePart(payload)}.${real.signature}`), 401, 'unauthorized');
  });

  it('a token signed with another secret -> 401', async () => {
    const forged = signJwt(real.header, real.payload, `${JWT_SECRET}-not-the-secret`);
    expectError(await me(`Bearer ${forged}`), 401, 'unauthorized');
  });

  it('an unsigned token (alg: none) -> 401', async () => {
    for (const alg of ['none', 'None', 'NONE']) {
      const unsigned = `${encodePart({ alg, typ: 'JWT' })}.${encodePart(real.payload)}.`;
      expectError(await me(`Bearer ${unsigned}`), 401, 'unauthorized');
    }
    const withOldSignature = `${encodePart({ alg: 'none', typ: 'JWT' })}.${encodePart(real.payload)}.${real.signature}`;
    expectError(await me(`Bearer ${withOldSignature}`), 401, 'unauthorized');
  });

  it('an expired token, correctly signed -> 401', async () => {
    const now = nowSeconds();
    const payload: Record<string, unknown> = { ...real.payload, exp: now - 3_600 };
    if ('iat' in payload) payload.iat = now - 7_200;
    if ('nbf' in payload) payload.nbf = now - 7_200;
    expectError(await me(`Bearer ${signJwt(real.header, payload, JWT_SECRET)}`), 401, 'unauthorized');
  });

  it('a token whose signature is not base64url -> 401', async () => {
    const [header = '', payload = ''] = actor.token.split('.');
    expectError(await me(`Bearer ${header}.${payload}.${base64url('x')}!!`), 401, 'unauthorized');
  });
});
