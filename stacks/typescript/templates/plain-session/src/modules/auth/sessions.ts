import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { toDbTimestamp } from '../../db/time.ts';
import { toUser } from '../users/user.repository.ts';
import type { User } from '../users/user.schemas.ts';

export const SESSION_COOKIE = 'sid';
/** A session ends 24 hours after login, however active it is; then the user logs in again. */
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

export interface ActiveSession {
  user: User;
  csrfToken: string;
}

export function sessionStore(db: Kysely<Database>, secret: string) {
  return {
    /** Starts a session; the returned id goes into the cookie and is never stored as is. */
    async create(userId: string): Promise<{ id: string; csrfToken: string }> {
      const id = randomToken();
      const csrfToken = randomToken();
      const now = new Date();
      // Housekeeping: expired sessions are useless; the expires_at index makes this cheap.
      await db.deleteFrom('sessions').where('expires_at', '<=', toDbTimestamp(now)).execute();
      await db
        .insertInto('sessions')
        .values({
          id: hashSessionId(id, secret),
          user_id: userId,
          csrf_token: csrfToken,
          expires_at: toDbTimestamp(new Date(now.getTime() + SESSION_TTL_MS)),
          created_at: toDbTimestamp(now),
        })
        .execute();
      return { id, csrfToken };
    },

    /** The unexpired session for a cookie value, with its user. */
    async find(sessionId: string): Promise<ActiveSession | undefined> {
      const row = await db
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
        .where('sessions.id', '=', hashSessionId(sessionId, secret))
        .where('sessions.expires_at', '>', toDbTimestamp(new Date()))
        .executeTakeFirst();
      return row && { user: toUser(row), csrfToken: row.csrf_token };
    },

    async destroy(sessionId: string): Promise<void> {
      await db.deleteFrom('sessions').where('id', '=', hashSessionId(sessionId, secret)).execute();
    },
  };
}
