import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUuid } from '../lib/uuid.ts';
import type { User } from '../users/user.ts';

export const ACCESS_TOKEN_TTL_SECONDS = 60 * 60;

// One algorithm, pinned on both sides (see AuthModule): verification refuses `alg: none` and
// every other algorithm, so a forged header can't downgrade the check.
export const ACCESS_TOKEN_ALGORITHM = 'HS256';

/** Signed access tokens (JWT): `sub` is the user id, `exp` when it stops being accepted. */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(user: Pick<User, 'id' | 'role'>): Promise<string> {
    return this.jwt.signAsync({ role: user.role }, { subject: user.id });
  }

  /**
   * The user id in a valid token; undefined when the token is malformed, tampered with, signed
   * with another key or algorithm, expired, or missing `sub`/`exp`.
   */
  async verify(token: string): Promise<string | undefined> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown; exp?: unknown }>(token);
      return typeof payload.exp === 'number' && isUuid(payload.sub) ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }
}
