/** The conformance harness the CLI bundles instead of Vitest: its matchers pass and fail like Vitest's. */
import { describe as vDescribe, expect as vExpect, it as vIt } from 'vitest';
import { expect } from '../../src/verify/harness.js';

const fails = (fn: () => void) => vExpect(fn).toThrow();
const passes = (fn: () => void) => vExpect(fn).not.toThrow();

vDescribe('harness expect', () => {
  vIt('toEqual ignores undefined properties and honours asymmetric matchers', () => {
    passes(() => expect({ a: 1, b: undefined }).toEqual({ a: 1 }));
    passes(() => expect([{ t: 'abc' }]).toEqual([{ t: expect.stringMatching(/^a/) }]));
    fails(() => expect({ a: 1 }).toEqual({ a: 2 }));
    fails(() => expect([1, 2]).toEqual([1]));
  });
  vIt('toMatchObject checks a subset, recursively', () => {
    passes(() => expect({ a: { b: 1, c: 2 }, d: 3 }).toMatchObject({ a: { b: 1 } }));
    fails(() => expect({ a: { b: 1 } }).toMatchObject({ a: { b: 2 } }));
  });
  vIt('the rest, with not and a message', () => {
    passes(() => expect('hello').toMatch(/ell/));
    passes(() => expect([1, 2]).toContain(2));
    passes(() => expect([{ a: 1 }]).toContainEqual(expect.objectContaining({ a: 1 })));
    passes(() => expect(3).toBeGreaterThan(2));
    passes(() => expect(3).not.toBe(4));
    fails(() => expect([1]).not.toContain(1));
    fails(() => expect(2).toBeLessThanOrEqual(1));
    vExpect(() => expect(1, 'the status').toBe(2)).toThrow(/^the status: expected 1 to be 2$/);
  });
});
