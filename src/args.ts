/** argv -> raw flag values. Flag names come from OPTIONS; nothing here lists choices. */
import { parseArgs } from 'node:util';
import { OPTIONS } from './options/index.js';
import { UserError } from './errors.js';

export interface ParsedArgs {
  positional?: string;
  /** Choice flags as given, keyed by answer key (e.g. packageManager). */
  choices: Record<string, string>;
  git?: boolean;
  install?: boolean;
  yes: boolean;
  dryRun: boolean;
  /** With --dry-run: name the layer (template folder) or builder each file comes from. */
  explain: boolean;
  force: boolean;
  /** Allow choices not yet verified in CI. */
  experimental: boolean;
  config?: string;
  help: boolean;
  version: boolean;
}

const STATIC_FLAGS = {
  yes: { type: 'boolean', short: 'y' },
  'dry-run': { type: 'boolean' },
  explain: { type: 'boolean' },
  force: { type: 'boolean' },
  experimental: { type: 'boolean' },
  config: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type FlagSpec = { type: 'string' | 'boolean'; multiple?: boolean; short?: string };

function flagSpecs(): Record<string, FlagSpec> {
  const specs: Record<string, FlagSpec> = { ...STATIC_FLAGS };
  for (const opt of OPTIONS) {
    if (opt.kind === 'choice') specs[opt.flag] = { type: 'string', multiple: true };
    else {
      specs[opt.flag] = { type: 'boolean' };
      specs[`no-${opt.flag}`] = { type: 'boolean' };
    }
  }
  return specs;
}

/** The one value of a repeatable flag; repeating it with different values is a conflict. */
function single(flag: string, values: string[] | undefined): string | undefined {
  if (!values || values.length === 0) return undefined;
  const distinct = [...new Set(values)];
  if (distinct.length > 1) {
    throw new UserError(`--${flag} was given twice with different values (${distinct.join(', ')}); pass it once.`);
  }
  if (distinct[0] === '') throw new UserError(`--${flag} needs a value.`);
  return distinct[0];
}

/**
 * Flags npm keeps for itself when `npm create backend-roadmap@latest my-api --framework fastapi`
 * has no `--` before them: npm (7+) turns an option it does not know into `npm_config_<name>`
 * (`true`: the value becomes a positional argument) and passes only the rest on. Flags npm has
 * an option of its own for (--yes, --force, --dry-run, --git, --help) cannot be told apart, so
 * only the others count as evidence.
 */
const NPM_OWN = new Set(['yes', 'force', 'dry-run', 'git', 'help', 'version']);

export function npmSwallowed(env: NodeJS.ProcessEnv): string[] {
  const ours = [...OPTIONS.map((o) => o.flag), 'explain', 'experimental', 'config'].filter((f) => !NPM_OWN.has(f));
  return ours.filter((flag) => env[`npm_config_${flag.replace(/-/g, '_')}`] !== undefined).map((f) => `--${f}`);
}

/** A value of some option (`fastapi`, `postgres`): a project name like that is a flag's value that lost its flag. */
function looksLikeFlagValue(word: string): boolean {
  return OPTIONS.some((o) => o.kind === 'choice' && o.choices({}).some((c) => c.value === word));
}

function npmAdvice(positionals: string[], swallowed: string[]): string {
  const name = positionals.find((p) => !looksLikeFlagValue(p)) ?? 'my-api';
  const flags = swallowed.length ? swallowed.map((f) => `${f} ...`).join(' ') : '--framework ...';
  return (
    `npm took ${swallowed.length ? swallowed.join(', ') : 'the options'} for itself: with \`npm create\`, options go after a \`--\`. ` +
    `Run: npm create backend-roadmap@latest ${name} -- ${flags}`
  );
}

export function parseArgv(argv: string[], env: NodeJS.ProcessEnv = process.env): ParsedArgs {
  const swallowed = npmSwallowed(env);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: flagSpecs(), allowPositionals: true, strict: true });
  } catch (err) {
    const msg = (err as Error).message.replace(/\.?\s*To specify a positional argument.*$/s, '');
    throw new UserError(`${msg}. Run with --help to see the valid options.`);
  }
  const v = parsed.values as Record<string, unknown>;
  if (swallowed.length) throw new UserError(npmAdvice(parsed.positionals, swallowed));
  if (parsed.positionals.length > 1 && parsed.positionals.slice(1).some(looksLikeFlagValue)) {
    throw new UserError(npmAdvice(parsed.positionals, []));
  }
  if (parsed.positionals.length > 1) {
    throw new UserError(
      `Expected one project directory, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}. ` +
        'Quote a name with spaces? Project names cannot contain spaces.',
    );
  }
  const result: ParsedArgs = {
    positional: parsed.positionals[0],
    choices: {},
    yes: v.yes === true,
    dryRun: v['dry-run'] === true,
    explain: v.explain === true,
    force: v.force === true,
    experimental: v.experimental === true,
    config: single('config', v.config as string[] | undefined),
    help: v.help === true,
    version: v.version === true,
  };
  if (result.explain && !result.dryRun) throw new UserError('--explain goes with --dry-run: it explains the files a dry run lists.');
  for (const opt of OPTIONS) {
    if (opt.kind === 'choice') {
      const value = single(opt.flag, v[opt.flag] as string[] | undefined);
      if (value !== undefined) result.choices[opt.key] = value;
    } else {
      const on = v[opt.flag] === true;
      const off = v[`no-${opt.flag}`] === true;
      if (on && off) throw new UserError(`--${opt.flag} and --no-${opt.flag} conflict; pass one of them.`);
      if (on || off) result[opt.key] = on;
    }
  }
  return result;
}
