/**
 * The only place compatibility rules live. Prompts offer only valid choices (they read the same
 * option definitions), validation rejects what these rules forbid, and the render test checks
 * every combination against them.
 */
import type { Answers } from './options/index.js';
import { STACKS } from '../stacks/index.js';
import { CLOUDS } from '../clouds/index.js';

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
    check: (a) => CLOUDS.find((c) => c.id === a.cloud)?.incompatible?.(a),
  },
];

export function ruleViolations(a: Partial<Answers>): string[] {
  return RULES.map((r) => r.check(a)).filter((m): m is string => m !== undefined);
}
