import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';

/**
 * Argon2id, the OWASP-recommended password hash: slow and memory-hard, so a stolen table is
 * expensive to brute-force. These are OWASP's baseline parameters (19 MiB, 2 passes, 1 lane);
 * raise them if your servers can afford it. Each hash string embeds its own salt and
 * parameters, so old hashes keep verifying after a change.
 */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
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
