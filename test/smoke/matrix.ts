/**
 * The verified matrix, derived from OPTIONS (never listed by hand): every stack x database x
 * auth is a cell; options that do not change the application (cloud, package manager) are
 * spread across those cells, each cell taking the next value in rotation that the rules allow,
 * so every value is exercised without multiplying the cells.
 */
import { CHOICE_OPTIONS } from '../../src/options/index.js';
import { ruleViolations } from '../../src/rules.js';
import { STACKS } from '../../stacks/index.js';

export interface Cell {
  id: string;
  framework: string;
  language: string;
  database: string;
  auth: string;
  cloud: string;
  packageManager: string;
}

const choicesOf = (key: string, answers: Record<string, string> = {}, includeExperimental = false) =>
  CHOICE_OPTIONS.find((o) => o.key === key)!
    .choices(answers)
    .filter((c) => includeExperimental || !c.experimental)
    .map((c) => c.value);

/**
 * Of the values the rules allow for this cell, the one used least so far; on ties the one that
 * fits the fewest cells (so a value that only fits PostgreSQL is placed before it runs out).
 */
function spread(values: string[], uses: Map<string, number>, key: string, cell: Record<string, string>, fits: (v: string) => number): string {
  const allowed = values.filter((v) => ruleViolations({ ...cell, [key]: v }).length === 0);
  if (allowed.length === 0) throw new Error(`smoke matrix: no ${key} fits ${JSON.stringify(cell)}`);
  const score = (v: string) => (uses.get(v) ?? 0) * 1000 + fits(v);
  const pick = allowed.reduce((best, v) => (score(v) < score(best) ? v : best));
  uses.set(pick, (uses.get(pick) ?? 0) + 1);
  return pick;
}

export function matrix(includeExperimental = false): Cell[] {
  const cells: Cell[] = [];
  for (const stack of STACKS.filter((s) => includeExperimental || !s.experimental)) {
    const base = { framework: stack.id, language: stack.language };
    // An offered stack's cells get the same cloud and package manager with or without
    // --experimental: its record is keyed by the cell id and must describe the offered variant.
    const withExperimental = includeExperimental && stack.experimental === true;
    const pms = choicesOf('packageManager', base, withExperimental);
    const clouds = choicesOf('cloud', base, withExperimental);
    const cloudUses = new Map<string, number>();
    const pmUses = new Map<string, number>();
    const apps = choicesOf('database', base).flatMap((database) => choicesOf('auth', base).map((auth) => ({ ...base, database, auth })));
    const cloudFits = (v: string) => apps.filter((a) => ruleViolations({ ...a, cloud: v }).length === 0).length;
    for (const cell of apps) {
      const cloud = spread(clouds, cloudUses, 'cloud', cell, cloudFits);
      const packageManager = pms.length ? spread(pms, pmUses, 'packageManager', { ...cell, cloud }, () => 0) : 'none';
      cells.push({ id: `${stack.id}-${cell.database}-${cell.auth}`, ...cell, cloud, packageManager });
    }
  }
  return cells;
}
