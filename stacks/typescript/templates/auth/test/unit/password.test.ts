import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../../src/lib/password.ts';

describe('password hashing', () => {
  it('hashes with argon2id and a random salt', async () => {
    const first = await hashPassword('correct horse battery staple');
    const second = await hashPassword('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$/);
    // OWASP's baseline: 19 MiB of memory, two passes, one lane (the integration tests hash
    // cheaper, see test/fast-hashing.ts; production never does).
    expect(first).toMatch(/\$m=19456,p=1,t=2\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('correct horse');
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('s3cret-enough');
    expect(await verifyPassword(hash, 's3cret-enough')).toBe(true);
    expect(await verifyPassword(hash, 'S3cret-enough')).toBe(false);
  });

  it('treats a malformed hash as a mismatch instead of throwing', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
    expect(await verifyAgainstDummy('anything')).toBe(false);
  });
});
