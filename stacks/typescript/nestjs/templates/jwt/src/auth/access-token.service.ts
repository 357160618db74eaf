import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ROLES, type Role } from '../db/schema.ts';
import { isUuid } from '../lib/uuid.ts';
import type { User } from '../users/user.ts';
import type { Caller } from './current-user.decorator.ts';

export const ACCESS_TOKEN_TTL_SECONDS = 60 * 60;

// One algorithm, pinned on both sides (see AuthModule): verification refuses `alg: none` and
// every other algorithm, so a forged header can't downgrade the check.
export const ACCESS_TOKEN_ALGORITHM = 'HS256';

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

/** Signed access tokens (JWT): `sub` is the user id, `exp` when it stops being accepted. */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  sign(user: Pick<User, 'id' | 'role'>): Promise<string> {
    return this.jwt.signAsync({ role: user.role }, { subject: user.id });
  }

  /**
   * The caller a valid token names; undefined when the token is malformed, tampered with,
   * signed with another key or algorithm, expired, or missing `sub`/`exp` or a known role.
   */
  async verify(token: string): Promise<Caller | undefined> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub?: unknown; exp?: unknown; role?: unknown }>(
        token,
      );
      const { sub, exp, role } = payload;
      return typeof exp === 'number' && isUuid(sub) && isRole(role) ? { id: sub, role } : undefined;
    } catch {
      return undefined;
    }
  }
}
