/**
 * The verified matrix, derived from OPTIONS (never listed by hand): every stack x database x
 * auth is a cell; options that do not change the application (cloud, package manager) are
 * spread across those cells so every value is exercised at least once without multiplying them.
 */
import { CHOICE_OPTIONS } from '../../src/options/index.js';
import { STACKS } from '../../src/stacks/index.js';

export interface Cell {
  id: string;
  framework: string;
  language: string;
  database: string;
  auth: string;
  cloud: string;
  packageManager: string;
}

const choicesOf = (key: string, answers: Record<string, string> = {}) =>
  CHOICE_OPTIONS.find((o) => o.key === key)!
    .choices(answers)
    .filter((c) => !c.experimental)
    .map((c) => c.value);

export function matrix(includeExperimental = false): Cell[] {
  const cells: Cell[] = [];
  for (const stack of STACKS.filter((s) => includeExperimental || !s.experimental)) {
    const base = { framework: stack.id, language: stack.language };
    const pms = choicesOf('packageManager', base);
    const clouds = choicesOf('cloud', base);
    let i = 0;
    for (const database of choicesOf('database', base)) {
      for (const auth of choicesOf('auth', base)) {
        cells.push({
          id: `${stack.id}-${database}-${auth}`,
          ...base,
          database,
          auth,
          cloud: clouds[i % clouds.length]!,
          packageManager: pms.length ? pms[i % pms.length]! : 'none',
        });
        i++;
      }
    }
  }
  return cells;
}
