import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { Kysely } from 'kysely';
import { AppConfig } from '../config/config.ts';
import { InjectDatabase } from '../db/database.module.ts';
import type { Database } from '../db/schema.ts';
import { toDbTimestamp } from '../db/time.ts';
import type { User } from '../users/user.ts';
import { toUser } from '../users/users.repository.ts';

export const SESSION_COOKIE = 'sid';
export const SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/** 256 random bits, URL-safe: used for session ids and CSRF tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the sessions table stores instead of the cookie value: an HMAC-SHA256 keyed with
 * SESSION_SECRET. Someone who reads the table can't turn a row back into a working cookie.
 */
export function hashSessionId(sessionId: string, secret: string): string {
  return createHmac('sha256', secret).update(sessionId).digest('hex');
}

/** Compares secrets in constant time, so timing doesn't leak how much of a guess was right. */
export function tokensMatch(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The session id from the request's cookie, if any. */
export function sessionIdOf(request: Request): string | undefined {
  const value: unknown = request.cookies?.[SESSION_COOKIE];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export interface ActiveSession {
  user: User;
  csrfToken: string;
}

/** Server-side sessions, stored in the database with an expiry. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDatabase() private readonly db: Kysely<Database>,
    private readonly config: AppConfig,
  ) {}

  /** Starts a session; the returned id goes into the cookie and is never stored as is. */
  async create(userId: string): Promise<{ id: string; csrfToken: string }> {
    const id = randomToken();
    const csrfToken = randomToken();
    const now = new Date();
    // Housekeeping: expired sessions are useless; the expires_at index makes this cheap.
    await this.db.deleteFrom('sessions').where('expires_at', '<=', toDbTimestamp(now)).execute();
    await this.db
      .insertInto('sessions')
      .values({
        id: this.hash(id),
        user_id: userId,
        csrf_token: csrfToken,
        expires_at: toDbTimestamp(new Date(now.getTime() + SESSION_TTL_MS)),
        created_at: toDbTimestamp(now),
      })
      .execute();
    return { id, csrfToken };
  }

  /** The unexpired session for a cookie value, with its user. */
  async find(sessionId: string): Promise<ActiveSession | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.csrf_token',
        'users.id',
        'users.email',
        'users.name',
        'users.role',
        'users.created_at',
      ])
      .where('sessions.id', '=', this.hash(sessionId))
      .where('sessions.expires_at', '>', toDbTimestamp(new Date()))
      .executeTakeFirst();
    return row && { user: toUser(row), csrfToken: row.csrf_token };
  }

  async destroy(sessionId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', this.hash(sessionId)).execute();
  }

  private hash(sessionId: string): string {
    return hashSessionId(sessionId, this.config.sessionSecret);
  }
}
