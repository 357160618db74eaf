import { createHmac } from 'node:crypto';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Builds a token by hand, so tests can make the ones the app must refuse: expired, signed with
 * another key or algorithm, or not signed at all (`alg: none`).
 */
export function forgeToken(
  claims: Record<string, unknown>,
  { secret = '', alg = 'HS256' }: { secret?: string; alg?: 'HS256' | 'HS512' | 'none' } = {},
): string {
  const input = `${part({ alg, typ: 'JWT' })}.${part(claims)}`;
  if (alg === 'none') return `${input}.`;
  const hash = alg === 'HS256' ? 'sha256' : 'sha512';
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
