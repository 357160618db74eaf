import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/**
 * Argon2id, the OWASP-recommended password hash: slow and memory-hard, so a stolen table is
 * expensive to brute-force. The hash string embeds its own salt and parameters.
 */
@Injectable()
export class PasswordService {
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false; // a malformed hash never matches
    }
  }

  /**
   * Does the same work as a real check and always fails. Used when the email is unknown, so the
   * response time doesn't reveal which emails have an account.
   */
  async verifyAgainstDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomUUID());
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
