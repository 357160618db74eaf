import { describe, expect, it } from 'vitest';
import { containsPattern, escapeLike } from '../../src/lib/like.ts';

describe('LIKE escaping', () => {
  it('leaves ordinary text alone', () => {
    expect(escapeLike('Buy milk')).toBe('Buy milk');
  });

  it('escapes the wildcards % and _ so they match literally', () => {
    expect(escapeLike('100%_done')).toBe('100!%!_done');
  });

  it('escapes the escape character itself', () => {
    expect(escapeLike('wow!')).toBe('wow!!');
  });

  it('wraps the escaped text in % for a "contains" match', () => {
    expect(containsPattern('50%')).toBe('%50!%%');
  });
});
