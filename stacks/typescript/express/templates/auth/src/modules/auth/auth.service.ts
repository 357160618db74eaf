import type { AppDeps } from '../../app.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { conflict, tooManyRequests, unauthorized } from '../../lib/http-error.ts';
import { loginAttempts } from '../../lib/login-attempts.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../lib/password.ts';
import { toUser, userRepository } from '../users/user.repository.ts';
import type { User } from '../users/user.schemas.ts';
import type { RegisterInput } from './auth.schemas.ts';

/** Sign-up and credential checks, shared by the routes whatever the login mechanism. */
export function authService({ db, config }: Pick<AppDeps, 'db' | 'config'>) {
  const users = userRepository(db);
  const attempts = loginAttempts(db);
  const duplicate = () => conflict('An account with this email already exists');

  return {
    async register(input: RegisterInput): Promise<User> {
      if (await users.findByEmail(input.email)) throw duplicate();
      const passwordHash = await hashPassword(input.password);
      try {
        return await users.create({
          email: input.email,
          name: input.name,
          passwordHash,
          role: input.email === config.adminEmail ? 'admin' : 'user',
        });
      } catch (err) {
        // Two sign-ups for one email at the same moment: the unique index decides.
        if (isUniqueViolation(err)) throw duplicate();
        throw err;
      }
    },

    /** The user with these credentials, or a 401 that doesn't say which part was wrong. */
    async authenticate(email: string, password: string): Promise<User> {
      const row = await users.findByEmail(email);
      const valid = row
        ? await verifyPassword(row.password_hash, password)
        : await verifyAgainstDummy(password);
      if (!row || !valid) throw unauthorized('Invalid email or password');
      return toUser(row);
    },

    /**
     * authenticate() behind the failed-login limit for this email from this client address:
     * 429 with Retry-After once it is reached (see src/lib/login-attempts.ts).
     */
    async login(email: string, password: string, client: string): Promise<User> {
      const attempt = await attempts.begin(email, client);
      if (!attempt.allowed) {
        throw tooManyRequests(
          'Too many failed login attempts; try again later',
          attempt.retryAfterSeconds,
        );
      }
      const user = await this.authenticate(email, password);
      await attempt.succeeded();
      return user;
    },
  };
}
