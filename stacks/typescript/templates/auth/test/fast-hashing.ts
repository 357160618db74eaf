import type * as Argon2 from 'argon2';
import { vi } from 'vitest';

/**
 * The integration tests hash every password with argon2id at its cheapest parameters (8 KiB,
 * one pass) instead of production's 19 MiB and two passes: still real argon2id hashes, checked
 * by the real verify, but the suite registers and logs in hundreds of times and runs many times
 * faster. Only this test project loads the file; production code is unchanged, and
 * test/unit/password.test.ts (which doesn't load it) pins the production parameters.
 */
vi.mock('argon2', async (importOriginal) => {
  const { default: argon2 } = await importOriginal<{ default: typeof Argon2 }>();
  const cheapest = { memoryCost: 8, timeCost: 1, parallelism: 1 };
  const hash = ((password: string | Buffer, options?: Parameters<typeof argon2.hash>[1]) =>
    argon2.hash(password, { ...options, ...cheapest })) as typeof argon2.hash;
  return { default: { ...argon2, hash } };
});
