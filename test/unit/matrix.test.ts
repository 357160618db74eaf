/** `matrix`: only valid combinations, stable JSON, filters and a pairwise sample that covers every pair. */
import { describe, expect, it } from 'vitest';
import { MATRIX_KEYS, pairwise } from '../../src/matrix/index.js';
import { matrixRows } from '../../src/matrix/command.js';
import { ruleViolations } from '../../src/rules.js';

describe('matrix', () => {
  const all = matrixRows([]);
  it('lists only valid, distinct combinations of offered choices', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const r of all) expect(ruleViolations(r), r.id).toEqual([]);
  });
  it('gives each entry exactly the documented keys', () => {
    for (const r of all) expect(Object.keys(r).sort()).toEqual(['id', ...MATRIX_KEYS].sort());
  });
  it('filters by any option, comma-separated', () => {
    const rows = matrixRows(['--framework', 'flask,express', '--database', 'sqlite']);
    expect(new Set(rows.map((r) => r.framework))).toEqual(new Set(['flask', 'express']));
    expect(rows.every((r) => r.database === 'sqlite')).toBe(true);
    expect(() => matrixRows(['--database', 'oracle'])).toThrow(/no valid combination has oracle/);
  });
  it('--sample pairwise covers every pair of values that occurs, with far fewer rows', () => {
    const sample = pairwise(all);
    const pairs = (rows: typeof all) =>
      new Set(rows.flatMap((r) => MATRIX_KEYS.flatMap((a, i) => MATRIX_KEYS.slice(i + 1).map((b) => `${a}=${r[a]}|${b}=${r[b]}`))));
    expect(pairs(sample.map((c) => ({ id: '', ...c })))).toEqual(pairs(all));
    expect(sample.length).toBeLessThan(all.length / 3);
    expect(new Set(sample.map((c) => c.framework)).size).toBe(new Set(all.map((r) => r.framework)).size);
  });
});
