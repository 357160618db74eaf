import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';

/**
 * Argon2id, the OWASP-recommended password hash: slow and memory-hard, so a stolen table is
 * expensive to brute-force. The hash string embeds its own salt and parameters.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false; // a malformed hash never matches
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Does the same work as a real check and always fails. Used when the email is unknown, so the
 * response time doesn't reveal which emails have an account.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomUUID());
  await verifyPassword(await dummyHash, password);
  return false;
}
