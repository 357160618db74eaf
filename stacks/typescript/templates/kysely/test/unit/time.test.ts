import { describe, expect, it } from 'vitest';
import { monotonicNow, toIsoString } from '../../src/db/time.ts';

describe('timestamps', () => {
  it('never hands out the same millisecond twice, so "newest first" has no ties', () => {
    const times = Array.from({ length: 50 }, () => monotonicNow().getTime());
    for (let i = 1; i < times.length; i++) {
      expect(times[i]).toBeGreaterThan(times[i - 1] ?? 0);
    }
  });

  it('formats stored values as ISO 8601 UTC with milliseconds', () => {
    expect(toIsoString(new Date(Date.UTC(2026, 0, 31, 9, 30, 5, 7)))).toBe(
      '2026-01-31T09:30:05.007Z',
    );
    expect(toIsoString('2026-01-31T09:30:05.007Z')).toBe('2026-01-31T09:30:05.007Z');
  });
});
