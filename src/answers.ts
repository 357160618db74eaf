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

export interface ConfigFile {
  answers: Partial<Answers>;
  /** Answers a flag may not change (a teacher's preset): `"locked": ["framework", "database"]`. */
  locked: string[];
}

/** How long fetching an http(s) --config may take. */
export const CONFIG_FETCH_TIMEOUT_MS = 10_000;

const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** The text of --config: a local file, or an http(s) URL fetched with a timeout. */
export async function readConfigText(source: string, timeoutMs = CONFIG_FETCH_TIMEOUT_MS): Promise<string> {
  if (!isUrl(source)) {
    try {
      return readFileSync(source, 'utf8');
    } catch (err) {
      throw new UserError(`Cannot read --config ${source}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  let res: Response;
  try {
    res = await fetch(source, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new UserError(`Cannot fetch --config ${source}: ${why}. Check the address, or download the file and pass its path.`, 1);
  }
  if (!res.ok) throw new UserError(`Cannot fetch --config ${source}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`, 1);
  try {
    return await res.text();
  } catch (err) {
    throw new UserError(`Cannot fetch --config ${source}: ${(err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err as Error).message}.`, 1);
  }
}

/** Parses an answers file: a generated project's .backend-roadmap.json or a plain answers object. */
export function parseConfig(text: string, file: string, generatorVersion: string): ConfigFile {
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
  const { locked: lockedRaw, ...rest } = (fromGenerated ? record.answers : record) as Record<string, unknown>;
  const answers = rest;
  const locked = fromGenerated && record.locked !== undefined ? record.locked : lockedRaw;
  const unknown = Object.keys(answers).filter((k) => !ANSWER_KEYS.has(k));
  if (unknown.length) {
    throw new UserError(
      `--config ${file} has unknown key(s): ${unknown.join(', ')}. Valid keys: ${[...ANSWER_KEYS].join(', ')}, locked.`,
    );
  }
  for (const [key, value] of Object.entries(answers)) {
    const wantBool = key === 'git' || key === 'install';
    if (wantBool ? typeof value !== 'boolean' : typeof value !== 'string') {
      throw new UserError(`--config ${file}: "${key}" must be a ${wantBool ? 'boolean' : 'string'}.`);
    }
  }
  if (locked !== undefined && (!Array.isArray(locked) || locked.some((k) => typeof k !== 'string'))) {
    throw new UserError(`--config ${file}: "locked" must be a list of answer names, e.g. ["framework", "database"].`);
  }
  for (const key of (locked as string[] | undefined) ?? []) {
    if (!OPTIONS.some((o) => o.key === key)) {
      throw new UserError(`--config ${file}: "locked" names "${key}", which is not an answer. Lockable: ${OPTIONS.map((o) => o.key).join(', ')}.`);
    }
    if (!(key in answers)) throw new UserError(`--config ${file}: "locked" names "${key}", but the file gives no ${key} to lock.`);
  }
  return { answers: answers as Partial<Answers>, locked: (locked as string[] | undefined) ?? [] };
}

/** Reads an answers file from disk (tests and tools; the CLI also accepts URLs via readConfigText). */
export function loadConfig(file: string, generatorVersion: string): Partial<Answers> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`Cannot read --config ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseConfig(text, file, generatorVersion).answers;
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

/** A flag that contradicts a locked answer of --config: an error naming both values. */
function lockedConflicts(config: ConfigFile, args: ParsedArgs, file: string): string[] {
  const flagged: Record<string, unknown> = { ...args.choices };
  if (args.git !== undefined) flagged.git = args.git;
  if (args.install !== undefined) flagged.install = args.install;
  const shown = (key: string, v: unknown) =>
    typeof v === 'boolean' ? `--${v ? '' : 'no-'}${OPTIONS.find((o) => o.key === key)?.flag ?? key}` : `${flagName(key)} ${String(v)}`;
  return config.locked
    .filter((key) => flagged[key] !== undefined && flagged[key] !== config.answers[key as keyof Answers])
    .map(
      (key) =>
        `${shown(key, flagged[key])} contradicts --config ${file}, which locks ${key} to ${JSON.stringify(config.answers[key as keyof Answers])}. ` +
        'Drop the flag, or use an answers file that does not lock it.',
    );
}

/** Merges config and flags (flags win, except over locked answers) and validates them. */
export async function givenAnswers(args: ParsedArgs, generatorVersion: string): Promise<Partial<Answers>> {
  const config: ConfigFile = args.config ? parseConfig(await readConfigText(args.config), args.config, generatorVersion) : { answers: {}, locked: [] };
  const conflicts = args.config ? lockedConflicts(config, args, args.config) : [];
  if (conflicts.length) throw new UserError(conflicts.join('\n'));
  const given: Partial<Answers> = { ...config.answers, ...args.choices };
  if (args.git !== undefined) given.git = args.git;
  if (args.install !== undefined) given.install = args.install;
  if (args.positional !== undefined) given.name = args.positional;
  const inConfig = (key: string) => (args.choices[key] === undefined && key in config.answers ? `${key} in --config` : flagName(key));
  const validated = validateGiven(given, inConfig, args.experimental);
  if (!validated.language && validated.framework) {
    validated.language = withDefaults({ framework: validated.framework }).language;
  }
  return validated;
}
