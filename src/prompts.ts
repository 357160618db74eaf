/**
 * The interactive flow (TTY only): asks only for what flags and --config did not give, in
 * OPTIONS order, and prints every line inside clack's frame.
 */
import * as p from '@clack/prompts';
import { OPTIONS, type Answers } from './options/index.js';
import { resolveTarget } from './name.js';
import { Cancelled } from './errors.js';
import { DEFAULT_NAME } from './answers.js';
import { targetProblem } from './render/write.js';
import type { Reporter } from './report.js';

function check<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

export interface TargetChoice {
  name: string;
  /** The learner chose the --force behaviour for a non-empty folder. */
  force: boolean;
}

async function askName(): Promise<string> {
  return check(
    await p.text({
      message: 'Project directory',
      placeholder: DEFAULT_NAME,
      defaultValue: DEFAULT_NAME,
      validate: (v) => {
        try {
          const { dir } = resolveTarget(v || DEFAULT_NAME);
          const problem = targetProblem(dir);
          // A non-empty folder is a question (below), not a wrong answer.
          return problem && problem.kind !== 'non-empty' ? problem.message : undefined;
        } catch (msg) {
          return String(msg);
        }
      },
    }),
  ) || DEFAULT_NAME;
}

/**
 * The project folder, checked right away (not after every other question): a non-empty folder
 * gets the choice of another name, the --force behaviour, or stopping.
 */
export async function chooseTarget(given: string | undefined, force: boolean): Promise<TargetChoice> {
  let name = given ?? (await askName());
  for (;;) {
    let problem: ReturnType<typeof targetProblem>;
    try {
      problem = targetProblem(resolveTarget(name).dir);
    } catch {
      return { name, force }; // an invalid given name is reported by the caller's validation
    }
    if (!problem || force) return { name, force };
    if (problem.kind !== 'non-empty') {
      p.log.error(problem.message);
      name = await askName();
      continue;
    }
    const shown = problem.entries.slice(0, 5).join(', ') + (problem.entries.length > 5 ? ', …' : '');
    const choice = check(
      await p.select({
        message: `${name}/ is not empty (${shown}). What now?`,
        options: [
          { value: 'rename', label: 'Use another name' },
          {
            value: 'force',
            label: 'Add the project into it (like --force)',
            hint: 'files it replaces are moved to .backend-roadmap-backup/ first; nothing is deleted',
          },
          { value: 'stop', label: 'Stop' },
        ],
      }),
    );
    if (choice === 'stop') throw new Cancelled();
    if (choice === 'force') return { name, force: true };
    name = await askName();
  }
}

export async function promptMissing(given: Partial<Answers> & { name: string }, experimental: boolean): Promise<Answers> {
  const a: Partial<Answers> = { ...given };
  for (const opt of OPTIONS) {
    if (a[opt.key] !== undefined) continue;
    if (opt.kind === 'boolean') {
      a[opt.key] = check(await p.confirm({ message: opt.message, initialValue: opt.default }));
      continue;
    }
    const choices = opt.choices(a).filter((c) => experimental || !c.experimental);
    if ((opt.ask && !opt.ask(a)) || choices.length === 0) {
      (a as Record<string, unknown>)[opt.key] = opt.default(a);
      continue;
    }
    // Choices the answers so far rule out are shown disabled, and why is said once above them.
    const unavailable = (opt.unavailable?.(a) ?? []).filter((c) => experimental || !c.experimental);
    if (unavailable.length) p.log.info(`Not offered with these answers:\n${unavailable.map((c) => c.reason).join('\n')}`);
    (a as Record<string, unknown>)[opt.key] = check(
      await p.select({
        message: opt.message,
        initialValue: opt.default(a),
        options: [
          ...choices.map((c) => ({ value: c.value, label: c.label, hint: c.experimental ? 'experimental' : c.hint })),
          ...unavailable.map((c) => ({ value: c.value, label: c.label, hint: 'not available: see above', disabled: true })),
        ],
      }),
    );
  }
  return a as Answers;
}

/** The install cannot run here: go on without it, or stop before anything is written. */
export async function installOrStop(problems: string[]): Promise<'no-install' | 'stop'> {
  p.log.warn(problems.join('\n'));
  return check(
    await p.select({
      message: 'The install needs what is missing above. What now?',
      options: [
        { value: 'no-install' as const, label: 'Continue without installing', hint: 'the next steps say what to run once it is installed' },
        { value: 'stop' as const, label: 'Stop', hint: 'nothing is written' },
      ],
    }),
  );
}

/** Every line the run prints, inside clack's frame. */
export function clackReporter(): Reporter {
  return {
    info: (text) => p.log.info(text),
    warn: (text) => p.log.warn(text),
    error: (text) => p.log.error(text),
    success: (text) => p.log.success(text),
    note: (text, title) => p.note(text, title),
    done: (text) => p.outro(text),
    streams: false,
    task: async (title, fn) => {
      const s = p.spinner();
      s.start(title);
      try {
        const result = await fn();
        if (result.ok) s.stop(`${title}: done`);
        else s.error(`${title}: failed`);
        return result;
      } catch (err) {
        s.error(`${title}: failed`);
        throw err;
      }
    },
  };
}

export { p };
