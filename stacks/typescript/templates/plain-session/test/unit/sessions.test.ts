import { describe, expect, it } from 'vitest';
import { hashSessionId, randomToken, tokensMatch } from '../../src/modules/auth/sessions.ts';

describe('session helpers', () => {
  it('makes long, unguessable, URL-safe tokens', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => randomToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores a keyed hash of the session id, never the id itself', () => {
    const id = randomToken();
    const hash = hashSessionId(id, 'secret-one-that-is-32-characters-long');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(id);
    expect(hashSessionId(id, 'secret-one-that-is-32-characters-long')).toBe(hash);
    expect(hashSessionId(id, 'secret-two-that-is-32-characters-long')).not.toBe(hash);
  });

  it('compares CSRF tokens exactly', () => {
    const token = randomToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, `${token}x`)).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
  });
});
