import type { FastifyJWTOptions } from '@fastify/jwt';
import { ROLES, type Role } from '../../db/schema.ts';

export const ACCESS_TOKEN_TTL_SECONDS = 60 * 60;

/** What an access token says: `sub` is the user id (plus `iat` and `exp`, added when signing). */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
}

/** Who is calling, as a verified token says (app.authenticate sets it as `request.user`). */
export interface Caller {
  id: string;
  role: Role;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenClaims;
    user: Caller;
  }
}

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/**
 * @fastify/jwt settings. One algorithm, pinned on both sides: verification refuses `alg: none`
 * and every other algorithm, so a forged header can't downgrade the check. A token without
 * `sub` or `exp` is refused too, so no token lives forever.
 */
export function jwtOptions(secret: string): FastifyJWTOptions {
  return {
    secret,
    sign: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS },
    verify: { algorithms: ['HS256'], requiredClaims: ['sub', 'exp'] },
  };
}
