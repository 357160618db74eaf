import { describe, expect, it } from 'vitest';
import { PasswordService } from '../../src/auth/password.service.ts';

const passwords = new PasswordService();

describe('PasswordService', () => {
  it('hashes with argon2id and a random salt', async () => {
    const first = await passwords.hash('correct horse battery staple');
    const second = await passwords.hash('correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('correct horse');
  });

  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await passwords.hash('s3cret-enough');
    expect(await passwords.verify(hash, 's3cret-enough')).toBe(true);
    expect(await passwords.verify(hash, 'S3cret-enough')).toBe(false);
  });

  it('treats a malformed hash as a mismatch instead of throwing', async () => {
    expect(await passwords.verify('not-a-hash', 'anything')).toBe(false);
    expect(await passwords.verifyAgainstDummy('anything')).toBe(false);
  });
});
