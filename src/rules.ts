/**
 * The only place compatibility rules live. Prompts offer only valid choices (they read the same
 * option definitions), validation rejects what these rules forbid, and the render test checks
 * every combination against them.
 */
import type { Answers } from './options/index.js';
import { STACKS } from '../stacks/index.js';
import { CLOUDS } from '../clouds/index.js';
import { DATABASES } from './choices/databases/index.js';

/** "a", "a or b", "a, b or c". */
function orList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * A cloud's reason it cannot host the answers, plus the ways out that do work: the databases
 * this cloud hosts and the clouds that host this database (computed, so advice never names a
 * combination another rule refuses).
 */
function cloudCannotHost(a: Partial<Answers>): string | undefined {
  const cloud = CLOUDS.find((c) => c.id === a.cloud);
  const reason = cloud?.incompatible?.(a);
  if (!cloud || !reason) return undefined;
  const databases = DATABASES.filter((d) => d.id !== a.database && !cloud.incompatible?.({ ...a, database: d.id })).map((d) => d.id);
  const clouds = CLOUDS.filter((c) => c.id !== cloud.id && c.id !== 'none' && !c.experimental && !c.incompatible?.(a));
  const ways = [
    databases.length ? `--database ${orList(databases)}` : '',
    clouds.length ? `--cloud ${orList(clouds.map((c) => c.id))} (${clouds.length === 1 ? 'it hosts' : 'they host'} ${DATABASES.find((d) => d.id === a.database)?.label ?? a.database})` : '',
  ].filter(Boolean);
  return ways.length ? `${reason} Choose ${ways.join(', or ')}.` : reason;
}

export interface Rule {
  id: string;
  /** A message when the (complete or partial) answers break the rule. */
  check: (a: Partial<Answers>) => string | undefined;
}

export const RULES: Rule[] = [
  {
    id: 'framework-language',
    check: (a) => {
      const stack = STACKS.find((s) => s.id === a.framework);
      if (stack && a.language && stack.language !== a.language) {
        return `${stack.label} is a ${stack.language} framework, but the language is ${a.language}.`;
      }
      return undefined;
    },
  },
  {
    id: 'package-manager-node-only',
    check: (a) => {
      const stack = STACKS.find((s) => s.id === a.framework);
      if (stack && stack.language !== 'typescript' && a.packageManager && a.packageManager !== 'none') {
        return `--package-manager applies to Node.js stacks only; ${stack.label} does not use one.`;
      }
      if (stack?.language === 'typescript' && a.packageManager === 'none') {
        return `${stack.label} needs a package manager: --package-manager npm or pnpm.`;
      }
      return undefined;
    },
  },
  {
    id: 'cloud-can-host',
    check: cloudCannotHost,
  },
];

export function ruleViolations(a: Partial<Answers>): string[] {
  return RULES.map((r) => r.check(a)).filter((m): m is string => m !== undefined);
}
