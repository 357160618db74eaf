import { webcrypto } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { ROLES, type Role } from '../../db/schema.ts';

export const ACCESS_TOKEN_TTL_SECONDS = 60 * 60;

// One algorithm, pinned on both sides: verification refuses `alg: none` and every other
// algorithm, so a forged header can't downgrade the check.
const ALGORITHM = 'HS256';

// jose imports a raw secret (bytes) as a Web Crypto key on every call; importing it once per
// secret and passing the key takes about a third off each verification, which every
// authenticated request pays.
const keys = new Map<string, Promise<webcrypto.CryptoKey>>();
function keyOf(secret: string): Promise<webcrypto.CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    const bytes = new TextEncoder().encode(secret);
    key = webcrypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, key);
  }
  return key;
}

/** A signed access token: `sub` is the user id, `exp` when it stops being accepted. */
export async function signAccessToken(
  user: Caller,
  secret: string,
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: user.role })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(user.id)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(await keyOf(secret));
}

/** Who is calling, as a verified token says. */
export interface Caller {
  id: string;
  role: Role;
}

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/**
 * The caller a valid token names; undefined when the token is malformed, tampered with, signed
 * with another key or algorithm, expired, or missing `sub`/`exp` or a known role.
 */
export async function verifyAccessToken(
  token: string,
  secret: string,
): Promise<Caller | undefined> {
  try {
    const { payload } = await jwtVerify(token, await keyOf(secret), {
      algorithms: [ALGORITHM],
      requiredClaims: ['sub', 'exp'],
    });
    return payload.sub && isRole(payload.role)
      ? { id: payload.sub, role: payload.role }
      : undefined;
  } catch {
    return undefined;
  }
}
