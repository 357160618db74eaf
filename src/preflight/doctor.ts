/**
 * `create-backend-roadmap doctor [dir]`: the preflight's checks inside a generated project: the
 * runtime and tool its commands need, git and its identity, Docker, and whether DATABASE_URL (from
 * the environment or .env) reaches a server. One line per check; exit 1 when something needs fixing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withDefaults } from '../answers.js';
import { buildContext } from '../context.js';
import { UserError } from '../errors.js';
import type { Answers } from '../options/index.js';
import { preflight } from './checks.js';
import { findingLine, inputFor } from './index.js';
import { realMachine, type Machine } from './probe.js';

const USAGE = `Usage: create-backend-roadmap doctor [dir]

Checks that this machine can run a generated project (default: the current folder): the runtime
version it needs, its package tool, git and its identity, Docker, and the database DATABASE_URL
names. Each problem comes with the command or link that fixes it. Exit 1 when something needs fixing.
`;

/** DATABASE_URL from a .env file (KEY=value lines; quotes stripped). */
export function dotenvValue(text: string, key: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (m?.[1] === key) return m[2]!.trim().replace(/^(['"])(.*)\1$/, '$2') || undefined;
  }
  return undefined;
}

export async function doctor(argv: string[], out: (line: string) => void, machine?: Machine): Promise<number> {
  let parsed: { values: { help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UserError(`${(err as Error).message}\n${USAGE}`);
  }
  if (parsed.values.help) {
    out(USAGE);
    return 0;
  }
  if (parsed.positionals.length > 1) throw new UserError(`doctor checks one project, got ${parsed.positionals.length} folders.`);
  const dir = path.resolve(parsed.positionals[0] ?? '.');
  const file = path.join(dir, '.backend-roadmap.json');
  if (!existsSync(file)) {
    throw new UserError(`${dir} has no .backend-roadmap.json: doctor checks a project create-backend-roadmap generated (pass its folder).`);
  }
  let answers: Answers;
  let version: string;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { answers: Answers; generatorVersion: string };
    answers = { ...withDefaults(data.answers), ...data.answers } as Answers;
    version = data.generatorVersion;
    const ctx = buildContext(answers, version);
    const envFile = path.join(dir, '.env');
    const dotenvUrl = existsSync(envFile) ? dotenvValue(readFileSync(envFile, 'utf8'), 'DATABASE_URL') : undefined;
    const result = await preflight(machine ?? realMachine(process.env, dir), inputFor(ctx, { install: true, git: true, dockerEngine: true, ...(dotenvUrl ? { dotenvUrl } : {}) }));
    out(`${ctx.projectName}: ${ctx.stack.label} (${ctx.lang.label}) on ${ctx.db.label}`);
    for (const f of result.findings) out(`  ${findingLine(f)}`);
    const problems = result.findings.filter((f) => f.status === 'problem');
    out(problems.length ? `\n${problems.length} thing(s) to fix.` : '\nReady: nothing to fix.');
    return problems.length ? 1 : 0;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${file} cannot be read as a generated project's answers: ${(err as Error).message}`);
  }
}
