/**
 * The valid combinations, from the options and the rules (never listed by hand): what
 * `create-backend-roadmap matrix` prints, what the render test renders, and the base of the
 * project's own smoke matrix.
 */
import { withDefaults } from '../answers.js';
import { CHOICE_OPTIONS, type Answers } from '../options/index.js';
import { ruleViolations } from '../rules.js';

/** The options a combination is made of, in the order they are asked. */
export const MATRIX_KEYS = ['language', 'framework', 'database', 'auth', 'cloud', 'packageManager'] as const;
export type MatrixKey = (typeof MATRIX_KEYS)[number];
export type Combination = Record<MatrixKey, string>;

/** Every combination of every choice that the rules allow (experimental choices only if asked). */
export function allCombinations(opts: { experimental?: boolean } = { experimental: true }): Answers[] {
  let partials: Array<Partial<Answers>> = [{}];
  for (const opt of CHOICE_OPTIONS) {
    partials = partials.flatMap((a) => {
      const values = opt
        .choices(a)
        .filter((c) => opts.experimental || !c.experimental)
        .map((c) => c.value);
      return (values.length ? values : [opt.default(a)]).map((v) => ({ ...a, [opt.key]: v }));
    });
  }
  return partials
    .map((a) => ({ ...withDefaults(a), name: 'demo-api', git: false, install: false }))
    .filter((a) => ruleViolations(a).length === 0);
}

export const combinationOf = (a: Answers): Combination =>
  Object.fromEntries(MATRIX_KEYS.map((k) => [k, a[k]])) as Combination;

/**
 * A pairwise sample: every pair of values of any two options that occurs in some valid
 * combination occurs in at least one chosen one (so every stack is covered too). Greedy: take the
 * combination covering the most uncovered pairs until none is left; ties go to the first in
 * matrix order, so the result is deterministic.
 */
export function pairwise(combos: Combination[]): Combination[] {
  const pairsOf = (c: Combination) => {
    const pairs: string[] = [];
    for (let i = 0; i < MATRIX_KEYS.length; i++) {
      for (let j = i + 1; j < MATRIX_KEYS.length; j++) {
        pairs.push(`${MATRIX_KEYS[i]}=${c[MATRIX_KEYS[i]!]}|${MATRIX_KEYS[j]}=${c[MATRIX_KEYS[j]!]}`);
      }
    }
    return pairs;
  };
  const all = combos.map((c) => ({ c, pairs: pairsOf(c) }));
  const uncovered = new Set(all.flatMap((x) => x.pairs));
  const chosen: Combination[] = [];
  while (uncovered.size > 0) {
    let best = all[0]!;
    let bestScore = -1;
    for (const x of all) {
      const score = x.pairs.filter((p) => uncovered.has(p)).length;
      if (score > bestScore) {
        best = x;
        bestScore = score;
      }
    }
    chosen.push(best.c);
    for (const p of best.pairs) uncovered.delete(p);
  }
  return chosen;
}
