/** The preflight for a project about to be generated (or already generated: `doctor`). */
import type { Context } from '../context.js';
import { preflight, type PreflightInput, type PreflightResult } from './checks.js';
import { realMachine, type Machine } from './probe.js';

export { findingLine, type Finding, type GitIdentity, type PreflightResult } from './checks.js';
export { realMachine, type Machine } from './probe.js';

export function inputFor(ctx: Context, extra: Partial<PreflightInput> = {}): PreflightInput {
  return {
    lang: ctx.lang,
    // Node stacks install with the chosen package manager; other languages name their tool in the toolchain.
    ...(ctx.stack.nodeManifest ? { pm: ctx.pm } : {}),
    install: ctx.install,
    git: ctx.git,
    db: ctx.db,
    ...extra,
  };
}

export function preflightFor(ctx: Context, machine: Machine = realMachine()): Promise<PreflightResult> {
  return preflight(machine, inputFor(ctx, { quick: true }));
}

/** The one error for `--install` on a machine that lacks what the install runs. */
export function installBlockedMessage(result: PreflightResult): string {
  const lines = result.blockers.map((f) => f.text);
  return `${lines.join('\n')}${lines.length > 1 ? '\nFix these' : ''}, or pass --no-install. Nothing was written.`;
}
