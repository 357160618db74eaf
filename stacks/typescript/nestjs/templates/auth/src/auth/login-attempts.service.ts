import { Injectable } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { InjectDatabase } from '../db/database.module.ts';
import type { Database } from '../db/schema.ts';
import { type LoginAttempt, type LoginAttempts, loginAttempts } from '../lib/login-attempts.ts';

/**
 * The failed-login limit (src/lib/login-attempts.ts) as a provider: counts live in the
 * database, so every process and replica of the app shares them, and each attempt is counted
 * atomically before the password is checked.
 */
@Injectable()
export class LoginAttemptsService {
  private readonly attempts: LoginAttempts;

  constructor(@InjectDatabase() db: Kysely<Database>) {
    this.attempts = loginAttempts(db);
  }

  /** Counts an attempt by `client` (its address) to log in as `email` (already normalised). */
  begin(email: string, client: string): Promise<LoginAttempt> {
    return this.attempts.begin(email, client);
  }
}
