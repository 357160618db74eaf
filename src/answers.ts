/**
 * Flags + --config -> validated answers. Every value is checked against the option's own
 * choices, every combination against RULES; what is still missing is prompted for (TTY),
 * defaulted (--yes) or reported as missing flags (no TTY).
 */
import { readFileSync } from 'node:fs';
import { CHOICE_OPTIONS, OPTIONS, type Answers } from './options/index.js';
import { ruleViolations } from './rules.js';
import { resolveTarget, type ProjectTarget } from './name.js';
import { UserError } from './errors.js';
import type { ParsedArgs } from './args.js';

export const DEFAULT_NAME = 'my-api';
const ANSWER_KEYS = new Set(['name', ...OPTIONS.map((o) => o.key)]);

/** Reads an answers file: a generated project's .backend-roadmap.json or a plain answers object. */
export function loadConfig(file: string, generatorVersion: string): Partial<Answers> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`Cannot read --config ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UserError(`--config ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError(`--config ${file} must hold a JSON object of answers.`);
  }
  const record = data as Record<string, unknown>;
  const fromGenerated = typeof record.answers === 'object' && record.answers !== null;
  if (fromGenerated && typeof record.generatorVersion === 'string') {
    const theirs = Number(record.generatorVersion.split('.')[0]);
    const ours = Number(generatorVersion.split('.')[0]);
    if (theirs > ours) {
      throw new UserError(
        `--config ${file} was written by create-backend-roadmap ${record.generatorVersion}, newer than this ${generatorVersion}. ` +
          'Run the newer version: npm create backend-roadmap@latest',
      );
    }
  }
  const answers = (fromGenerated ? record.answers : record) as Record<string, unknown>;
  const unknown = Object.keys(answers).filter((k) => !ANSWER_KEYS.has(k));
  if (unknown.length) {
    throw new UserError(
      `--config ${file} has unknown key(s): ${unknown.join(', ')}. Valid keys: ${[...ANSWER_KEYS].join(', ')}.`,
    );
  }
  for (const [key, value] of Object.entries(answers)) {
    const wantBool = key === 'git' || key === 'install';
    if (wantBool ? typeof value !== 'boolean' : typeof value !== 'string') {
      throw new UserError(`--config ${file}: "${key}" must be a ${wantBool ? 'boolean' : 'string'}.`);
    }
  }
  return answers as Partial<Answers>;
}

/** Checks given values against their option's choices and the rules; derives language. */
export function validateGiven(given: Partial<Answers>, source: (key: string) => string, experimental = false): Partial<Answers> {
  const out: Partial<Answers> = { ...given };
  const gated: string[] = [];
  for (const opt of CHOICE_OPTIONS) {
    const value = out[opt.key];
    if (value === undefined) continue;
    const valid = opt.choices({}).map((c) => c.value);
    const now = opt.choices(out);
    if (!valid.includes(value) && !now.some((c) => c.value === value)) {
      const listed = now.length ? now : opt.choices({});
      const stable = listed.filter((c) => !c.experimental).map((c) => c.value);
      const trial = listed.filter((c) => c.experimental).map((c) => c.value);
      const list = (stable.join(', ') || '(none for this stack)') + (trial.length ? ` (with --experimental: ${trial.join(', ')})` : '');
      throw new UserError(`Unknown ${source(opt.key)} "${value}". Valid values: ${list}.`);
    }
    const choice = opt.choices(out).find((c) => c.value === value) ?? opt.choices({}).find((c) => c.value === value);
    if (choice?.experimental && !experimental) {
      gated.push(`${source(opt.key)} "${value}" is experimental: it is not verified in CI yet. Pass --experimental to use it anyway.`);
    }
  }
  const violations = ruleViolations(out);
  if (violations.length) throw new UserError(violations.join('\n'));
  if (gated.length) throw new UserError(gated[0]!);
  return out;
}

export function flagName(key: string): string {
  const opt = OPTIONS.find((o) => o.key === key);
  return opt ? `--${opt.flag}` : key;
}

export interface Resolved {
  answers: Answers;
  target: ProjectTarget;
}

/** Fills in defaults for everything not given (for --yes), in prompt order. */
export function withDefaults(given: Partial<Answers>): Omit<Answers, 'name'> {
  const a: Partial<Answers> = { ...given };
  for (const opt of OPTIONS) {
    if (a[opt.key] !== undefined) continue;
    (a as Record<string, unknown>)[opt.key] = opt.kind === 'choice' ? opt.default(a) : opt.default;
  }
  return a as Omit<Answers, 'name'>;
}

/** Options that would be prompted for because neither flags nor config gave them. */
export function missingOptions(given: Partial<Answers>): string[] {
  const missing: string[] = [];
  for (const opt of OPTIONS) {
    if (given[opt.key] !== undefined) continue;
    if (opt.kind === 'choice') {
      const derived = withDefaults(given);
      if (opt.key === 'language' && given.framework) continue; // derived from the framework
      if (opt.ask && !opt.ask(derived)) continue;
      missing.push(`--${opt.flag}`);
    } else missing.push(`--${opt.flag}/--no-${opt.flag}`);
  }
  return missing;
}

export function targetFrom(name: string): ProjectTarget {
  try {
    return resolveTarget(name);
  } catch (msg) {
    throw new UserError(String(msg));
  }
}

/** Merges config and flags (flags win) and validates them. */
export function givenAnswers(args: ParsedArgs, generatorVersion: string): Partial<Answers> {
  const config = args.config ? loadConfig(args.config, generatorVersion) : {};
  const given: Partial<Answers> = { ...config, ...args.choices };
  if (args.git !== undefined) given.git = args.git;
  if (args.install !== undefined) given.install = args.install;
  if (args.positional !== undefined) given.name = args.positional;
  const inConfig = (key: string) => (args.choices[key] === undefined && key in config ? `${key} in --config` : flagName(key));
  const validated = validateGiven(given, inConfig, args.experimental);
  if (!validated.language && validated.framework) {
    validated.language = withDefaults({ framework: validated.framework }).language;
  }
  return validated;
}
