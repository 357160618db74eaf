/**
 * The single source of truth for options. Flags, prompts, --help, validation and the CI matrix
 * (test/smoke) are all derived from OPTIONS; nothing else lists choices.
 */
import { LANGUAGES, STACKS, stacksFor } from '../../stacks/index.js';
import { CLOUDS } from '../../clouds/index.js';
import { AUTH_MODES } from '../choices/auth/index.js';
import { DATABASES as DATABASE_CHOICES } from '../choices/databases/index.js';
import type { Answers, BooleanOption, Choice, ChoiceOption, OptionDef } from './types.js';

export type { Answers, Choice, OptionDef, ChoiceOption, BooleanOption } from './types.js';

const DATABASES: Choice[] = DATABASE_CHOICES.map((d) => ({ value: d.id, label: d.promptLabel ?? d.label, ...(d.hint ? { hint: d.hint } : {}) }));

const AUTHS: Choice[] = Object.values(AUTH_MODES).map((m) => ({ value: m.id, label: m.label, ...('hint' in m ? { hint: m.hint } : {}) }));

const PACKAGE_MANAGERS: Choice[] = [
  { value: 'npm', label: 'npm' },
  { value: 'pnpm', label: 'pnpm' },
  { value: 'yarn', label: 'yarn', experimental: true },
  { value: 'bun', label: 'bun', experimental: true },
];

const NO_PACKAGE_MANAGER: Choice = { value: 'none', label: "none (the stack's own tool)" };

/** Package managers apply to Node stacks; before a framework is known, assume they may. */
const isNode = (a: Partial<Answers>) => (STACKS.find((s) => s.id === a.framework)?.language ?? a.language ?? 'typescript') === 'typescript';

/** The package manager that launched us (npm create / pnpm create / yarn create / bunx). */
export function packageManagerFromAgent(agent = process.env.npm_config_user_agent ?? ''): string {
  const name = agent.split('/')[0];
  return PACKAGE_MANAGERS.some((c) => c.value === name && !c.experimental) ? name! : 'npm';
}

export const language: ChoiceOption = {
  kind: 'choice',
  key: 'language',
  flag: 'language',
  message: 'Language',
  // A language is experimental while every one of its stacks is.
  choices: () =>
    LANGUAGES.filter((l) => STACKS.some((s) => s.language === l.id)).map((l) => ({
      value: l.id,
      label: l.prompt,
      hint: l.hint,
      experimental: STACKS.filter((s) => s.language === l.id).every((s) => s.experimental),
    })),
  default: (a) => STACKS.find((s) => s.id === a.framework)?.language ?? 'typescript',
};

export const framework: ChoiceOption = {
  kind: 'choice',
  key: 'framework',
  flag: 'framework',
  message: 'Framework',
  choices: (a) => stacksFor(a.language).map((s) => ({ value: s.id, label: s.label, hint: s.hint, experimental: s.experimental })),
  default: (a) => stacksFor(a.language).find((s) => !s.experimental)?.id ?? stacksFor(a.language)[0]?.id ?? 'express',
};

export const database: ChoiceOption = {
  kind: 'choice',
  key: 'database',
  flag: 'database',
  message: 'Database',
  choices: () => DATABASES,
  default: () => 'postgres',
};

export const auth: ChoiceOption = {
  kind: 'choice',
  key: 'auth',
  flag: 'auth',
  message: 'Authentication',
  choices: () => AUTHS,
  default: () => 'jwt',
};

export const cloud: ChoiceOption = {
  kind: 'choice',
  key: 'cloud',
  flag: 'cloud',
  message: 'Cloud target',
  // The prompt offers only clouds that can host the answers so far; validation still explains.
  choices: (a) =>
    CLOUDS.filter((c) => !c.incompatible?.(a)).map((c) => ({ value: c.id, label: c.label, hint: c.hint, experimental: c.experimental })),
  unavailable: (a) =>
    CLOUDS.flatMap((c) => {
      const reason = c.incompatible?.(a);
      return reason ? [{ value: c.id, label: c.label, experimental: c.experimental, reason }] : [];
    }),
  default: () => 'none',
};

export const packageManager: ChoiceOption = {
  kind: 'choice',
  key: 'packageManager',
  flag: 'package-manager',
  message: 'Package manager',
  // Other languages bring their own tool (uv, go, Maven); `none` is what their answers record,
  // so a generated project's .backend-roadmap.json replays with --config.
  choices: (a) => (isNode(a) ? PACKAGE_MANAGERS : [NO_PACKAGE_MANAGER]),
  default: (a) => (isNode(a) ? packageManagerFromAgent() : 'none'),
  ask: isNode,
};

export const git: BooleanOption = {
  kind: 'boolean',
  key: 'git',
  flag: 'git',
  message: 'Initialise a git repository and make the first commit?',
  default: true,
};

export const install: BooleanOption = {
  kind: 'boolean',
  key: 'install',
  flag: 'install',
  message: 'Install dependencies now?',
  default: true,
};

/** In the order they are asked. */
export const OPTIONS: OptionDef[] = [language, framework, database, auth, cloud, packageManager, git, install];
export const CHOICE_OPTIONS = OPTIONS.filter((o): o is ChoiceOption => o.kind === 'choice');
