/**
 * `create-backend-roadmap matrix`: the valid combinations as a table, or as JSON ready for a
 * GitHub Actions `strategy.matrix` (`{"include": [...]}`), optionally filtered or sampled.
 * The JSON form is stable: each entry has exactly the keys of MATRIX_KEYS plus `id`.
 */
import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { OPTIONS } from '../options/index.js';
import { allCombinations, combinationOf, MATRIX_KEYS, pairwise, type Combination, type MatrixKey } from './index.js';

const flagOf = (key: MatrixKey) => OPTIONS.find((o) => o.key === key)!.flag;

const USAGE = `Usage: create-backend-roadmap matrix [options]

Lists every valid combination of choices (the same options and rules the generator uses).

Options:
${MATRIX_KEYS.map((k) => `  --${flagOf(k)} <a,b>`.padEnd(31) + `Only these ${flagOf(k).replace('-', ' ')} values`).join('\n')}
  --sample pairwise            Fewer combinations: every pair of values of any two options at least once
  --experimental               Include choices not yet verified in CI
  --json                       {"include": [...]} for a GitHub Actions strategy.matrix
  -h, --help                   Show this help

Example (GitHub Actions):
  matrix:  run: echo "cells=$(npx create-backend-roadmap matrix --json --sample pairwise)" >> "$GITHUB_OUTPUT"
  verify:  strategy: { matrix: \${{ fromJSON(needs.matrix.outputs.cells) }} }
`;

/** A cell's stable id: its values joined by '-'. */
export const cellId = (c: Combination) => [c.framework, c.database, c.auth, c.cloud, c.packageManager].join('-');

export function matrixRows(argv: string[]): Array<Combination & { id: string }> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    sample: { type: 'string' },
    experimental: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const k of MATRIX_KEYS) options[flagOf(k)] = { type: 'string' };
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: argv, options, strict: true }).values as typeof values;
  } catch (err) {
    throw new UserError(`${(err as Error).message}\n\n${USAGE}`);
  }
  let combos = allCombinations({ experimental: values.experimental === true }).map(combinationOf);
  for (const k of MATRIX_KEYS) {
    const wanted = values[flagOf(k)];
    if (typeof wanted !== 'string') continue;
    const list = wanted.split(',').map((v) => v.trim());
    const known = new Set(combos.map((c) => c[k]));
    const unknown = list.filter((v) => !known.has(v));
    if (unknown.length) throw new UserError(`--${flagOf(k)}: no valid combination has ${unknown.join(', ')}. Values: ${[...known].join(', ')}.`);
    combos = combos.filter((c) => list.includes(c[k]));
  }
  if (values.sample !== undefined) {
    if (values.sample !== 'pairwise') throw new UserError(`--sample takes "pairwise", got "${values.sample}".`);
    combos = pairwise(combos);
  }
  return combos.map((c) => ({ id: cellId(c), ...c }));
}

export async function matrixCommand(argv: string[], log: (line: string) => void): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    log(USAGE);
    return 0;
  }
  const rows = matrixRows(argv);
  if (argv.includes('--json')) {
    log(JSON.stringify({ include: rows }));
    return 0;
  }
  const headers = MATRIX_KEYS.map(flagOf);
  const widths = MATRIX_KEYS.map((k, i) => Math.max(headers[i]!.length, ...rows.map((r) => r[k].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  log(fmt(headers));
  log(fmt(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) log(fmt(MATRIX_KEYS.map((k) => r[k])));
  log(`\n${rows.length} combination(s)`);
  return 0;
}
