import { Injectable } from '@nestjs/common';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../lib/password.ts';

/**
 * Password hashing as an injectable service (Argon2id with OWASP's parameters, see
 * src/lib/password.ts), so AuthService gets it by injection and unit tests can swap it.
 */
@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  verify(hash: string, password: string): Promise<boolean> {
    return verifyPassword(hash, password);
  }

  /** Same work as a real check, always false: unknown emails take as long as known ones. */
  verifyAgainstDummy(password: string): Promise<false> {
    return verifyAgainstDummy(password);
  }
}
