/**
 * The render context: answers plus everything derived from them. Templates only read booleans
 * and precomputed strings from here; they never compare strings themselves.
 */
import { CHOICE_OPTIONS, type Answers } from './options/index.js';
import { stackById } from '../stacks/index.js';
import { cloudById } from '../clouds/index.js';
import type { StackCommands, StackDescriptor, StackDocs } from '../stacks/types.js';
import { databaseFacts, type DatabaseFacts } from './choices/databases.js';
import { packageManagerFacts, type PackageManagerFacts } from './choices/package-managers.js';

export interface Context extends Answers {
  /** npm-safe package name (also the directory's base name). */
  projectName: string;
  /** A snake_case form usable as a database name. */
  dbName: string;
  generatorVersion: string;
  year: string;
  /** Node major used in Dockerfile and CI for Node stacks. */
  nodeVersion: string;
  /** Python used in the Dockerfile and CI for Python stacks; the oldest one supported. */
  pythonVersion: string;
  pythonMinVersion: string;
  /** The variable naming the environment (development/test/production): NODE_ENV or APP_ENV. */
  envName: string;
  authAny: boolean;
  /** `<option><Choice>` booleans for every choice of every option, e.g. databasePostgres. */
  [flag: string]: unknown;
  db: DatabaseFacts;
  pm: PackageManagerFacts;
  stack: StackDescriptor;
  commands: StackCommands;
  docs: StackDocs;
  /** The README's deploy section, from the cloud descriptor. */
  deploy: string;
  /** What a developer needs installed to run it without Docker, e.g. "Node.js 24 (LTS)". */
  runtime: string;
  sourceDir: string;
  /** The language as people write it: TypeScript, Python. */
  languageLabel: string;
  /** The auth mode as prose: "JWT bearer-token", "session-cookie". */
  authLabel: string;
  /** commands.start as a Dockerfile exec-form array (JSON), so the app receives SIGTERM. */
  startExec: string;
  /** JWT_SECRET, SESSION_SECRET, or '' without auth. */
  secretEnv: string;
}

const pascal = (s: string) => s.replace(/(^|[-_ ])(\w)/g, (_, __, c: string) => c.toUpperCase());

export function derivedFlags(answers: Answers): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  for (const opt of CHOICE_OPTIONS) {
    const all = new Set([...opt.choices(answers).map((c) => c.value), ...opt.choices({}).map((c) => c.value)]);
    for (const value of all) flags[`${opt.key}${pascal(value)}`] = answers[opt.key] === value;
  }
  return flags;
}

export function buildContext(answers: Answers, generatorVersion: string): Context {
  const stack = stackById(answers.framework);
  const dbName = answers.name.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'app';
  const base = {
    ...answers,
    ...derivedFlags(answers),
    projectName: answers.name,
    dbName,
    generatorVersion,
    year: String(new Date().getUTCFullYear()),
    nodeVersion: '24',
    pythonVersion: '3.13',
    pythonMinVersion: '3.11',
    envName: stack.language === 'typescript' ? 'NODE_ENV' : 'APP_ENV',
    authAny: answers.auth !== 'none',
    secretEnv: answers.auth === 'jwt' ? 'JWT_SECRET' : answers.auth === 'session' ? 'SESSION_SECRET' : '',
    db: databaseFacts(answers.database, dbName),
    pm: packageManagerFacts(stack.language === 'python' ? 'uv' : answers.packageManager),
    stack,
  } as unknown as Context;
  base.commands = stack.commands(base);
  base.docs = stack.docs(base);
  base.runtime =
    stack.language === 'python' ? `Python ${base.pythonMinVersion}+ and [uv](https://docs.astral.sh/uv/)` : `Node.js ${base.nodeVersion} (LTS)`;
  base.sourceDir = base.docs.sourceDir ?? 'src/';
  base.languageLabel = stack.language === 'python' ? 'Python' : 'TypeScript';
  base.authLabel = answers.auth === 'jwt' ? 'JWT bearer-token' : answers.auth === 'session' ? 'session-cookie' : 'no';
  base.deploy = cloudById(answers.cloud).readme(base);
  base.startExec = JSON.stringify(base.commands.start.split(' '));
  return base;
}
