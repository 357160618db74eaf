/**
 * Just enough JWT for the suite to forge its own tokens: decode a real one to learn the app's
 * claim layout, then re-sign (HMAC, with JWT_SECRET or a wrong secret) or tamper with it.
 */
import { createHmac } from 'node:crypto';
import { isRecord } from './shapes.js';

export type JwtPart = Record<string, unknown>;

export interface DecodedJwt {
  header: JwtPart;
  payload: JwtPart;
  signature: string;
}

const HMAC_BY_ALG: Record<string, string> = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };

export const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

export const encodePart = (part: JwtPart): string => base64url(JSON.stringify(part));

function decodePart(segment: string, what: string): JwtPart {
  const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  if (!isRecord(value)) throw new Error(`JWT ${what} is not a JSON object`);
  return value;
}

export function decodeJwt(token: string): DecodedJwt {
  const segments = token.split('.');
  if (segments.length !== 3) throw new Error(`not a JWS compact token: ${token}`);
  const [header = '', payload = '', signature = ''] = segments;
  return { header: decodePart(header, 'header'), payload: decodePart(payload, 'payload'), signature };
}

/** Signs header.payload with HMAC; the algorithm comes from header.alg (HS256 when absent). */
export function signJwt(header: JwtPart, payload: JwtPart, secret: string): string {
  const alg = typeof header.alg === 'string' ? header.alg : 'HS256';
  const hash = HMAC_BY_ALG[alg];
  if (!hash) throw new Error(`the suite can only sign HMAC tokens, the app uses alg ${alg}`);
  const signingInput = `${encodePart({ ...header, alg })}.${encodePart(payload)}`;
  return `${signingInput}.${createHmac(hash, secret).update(signingInput).digest('base64url')}`;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
