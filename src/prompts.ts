/** Asks only for what flags and --config did not give, in OPTIONS order. */
import * as p from '@clack/prompts';
import { OPTIONS, type Answers } from './options/index.js';
import { resolveTarget } from './name.js';
import { Cancelled } from './errors.js';
import { DEFAULT_NAME } from './answers.js';

function check<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

export async function promptMissing(given: Partial<Answers>, experimental: boolean): Promise<Answers> {
  const a: Partial<Answers> = { ...given };
  if (a.name === undefined) {
    a.name = check(
      await p.text({
        message: 'Project directory',
        placeholder: DEFAULT_NAME,
        defaultValue: DEFAULT_NAME,
        validate: (v) => {
          try {
            resolveTarget(v || DEFAULT_NAME);
            return undefined;
          } catch (msg) {
            return String(msg);
          }
        },
      }),
    );
  }
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
    (a as Record<string, unknown>)[opt.key] = check(
      await p.select({
        message: opt.message,
        initialValue: opt.default(a),
        options: choices.map((c) => ({ value: c.value, label: c.label, hint: c.experimental ? 'experimental' : c.hint })),
      }),
    );
  }
  return a as Answers;
}

export { p };
