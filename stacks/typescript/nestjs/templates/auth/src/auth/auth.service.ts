import { ConflictException, Injectable, UnauthorizedException } from '@nestjs/common';
import { TooManyRequestsException } from '../common/errors.ts';
import { AppConfig } from '../config/config.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { User } from '../users/user.ts';
import { UsersService } from '../users/users.service.ts';
import type { RegisterDto } from './dto/register.dto.ts';
import { LoginAttemptsService } from './login-attempts.service.ts';
import { PasswordService } from './password.service.ts';

/** Sign-up and credential checks, the same whatever proves the login afterwards. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly attempts: LoginAttemptsService,
    private readonly config: AppConfig,
  ) {}

  async register(input: RegisterDto): Promise<User> {
    if (await this.users.findByEmailWithPasswordHash(input.email)) throw duplicateEmail();
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.users.create({
        email: input.email,
        name: input.name,
        passwordHash,
        role: input.email === this.config.adminEmail ? 'admin' : 'user',
      });
    } catch (err) {
      // Two sign-ups for one email at the same moment: the unique index decides.
      if (isUniqueViolation(err)) throw duplicateEmail();
      throw err;
    }
  }

  /** The user with these credentials, or a 401 that doesn't say which part was wrong. */
  async authenticate(email: string, password: string): Promise<User> {
    const found = await this.users.findByEmailWithPasswordHash(email);
    const valid = found
      ? await this.passwords.verify(found.passwordHash, password)
      : await this.passwords.verifyAgainstDummy(password);
    if (!found || !valid) throw new UnauthorizedException('Invalid email or password');
    return found.user;
  }

  /**
   * authenticate() behind the failed-login limit for this email from this client address:
   * 429 with Retry-After once it is reached (see src/lib/login-attempts.ts).
   */
  async login(email: string, password: string, client: string): Promise<User> {
    const attempt = await this.attempts.begin(email, client);
    if (!attempt.allowed) {
      throw new TooManyRequestsException(
        'Too many failed login attempts; try again later',
        attempt.retryAfterSeconds,
      );
    }
    const user = await this.authenticate(email, password);
    await attempt.succeeded();
    return user;
  }
}

const duplicateEmail = () => new ConflictException('An account with this email already exists');
