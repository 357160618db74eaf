/**
 * The render context: the answers plus everything derived from them, typed. Templates read
 * booleans and precomputed strings from here and never compare strings; they test capabilities
 * (`auth.users`, `auth.bearer`, `db.server`), so a new choice never inherits another's text.
 */
import type { Answers } from './options/index.js';
import { languageById, stackById } from '../stacks/index.js';
import type { LanguageFacts, StackCommands, StackDescriptor, StackDocs, StackTooling } from '../stacks/types.js';
import { authFacts, type AuthFacts } from './choices/auth/index.js';
import { databaseFacts, type DatabaseFacts } from './choices/databases/index.js';
import { packageManagerFacts, type PackageManagerFacts } from './choices/package-managers.js';
import { actionRefs, type ActionRefs } from './choices/actions.js';
import { COVERAGE_THRESHOLD } from './coverage.js';
import { endpointDocs, type EndpointDocs } from './contract/endpoints.js';
import type { AuthMode } from './contract/openapi.js';

export interface Context {
  /** The validated answers, as given (ids). */
  answers: Answers;
  name: string;
  language: string;
  framework: string;
  database: string;
  cloud: string;
  packageManager: string;
  git: boolean;
  install: boolean;
  /** npm-safe package name (also the directory's base name). */
  projectName: string;
  /** A snake_case form usable as a database name. */
  dbName: string;
  generatorVersion: string;
  year: string;
  /** LICENSE's copyright holder: the learner's git user.name, else "The <name> authors". */
  copyrightHolder: string;
  lang: LanguageFacts;
  /** The line-coverage floor of the tests, in percent (where lang.coverage is set). */
  coverageThreshold: number;
  /** The variable naming the environment (development/test/production): NODE_ENV or APP_ENV. */
  envName: string;
  auth: AuthFacts;
  db: DatabaseFacts;
  pm: PackageManagerFacts;
  /** `uses:` values of the GitHub Actions the workflows may use, pinned to commit SHAs. */
  actions: ActionRefs;
  /** A deploy target other than `none` is chosen. */
  deploys: boolean;
  stack: StackDescriptor;
  tooling: StackTooling;
  commands: StackCommands;
  docs: StackDocs;
  sourceDir: string;
  /** commands.start as a Dockerfile exec-form array (JSON), so the app receives SIGTERM. */
  startExec: string;
  /** commands.migrate as an exec-form array (JSON, `, `-separated): through `sh -c` when the image has a shell, else its words. */
  migrateExec: string;
  /** One command that migrates, then serves (see StackCommands.migrateThenStart). */
  migrateThenStart: string;
  /** The README's endpoint table, from the OpenAPI document of this auth mode. */
  endpoints: EndpointDocs;
}

export interface MachineFacts {
  /** git's user.name on this machine, when set. */
  gitUserName?: string;
}

export function buildContext(answers: Answers, generatorVersion: string, machine: MachineFacts = {}): Context {
  const stack = stackById(answers.framework);
  const lang = languageById(stack.language);
  const dbName = answers.name.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'app';
  const ctx = {
    answers,
    name: answers.name,
    language: answers.language,
    framework: answers.framework,
    database: answers.database,
    cloud: answers.cloud,
    packageManager: answers.packageManager,
    git: answers.git,
    install: answers.install,
    projectName: answers.name,
    dbName,
    generatorVersion,
    year: String(new Date().getUTCFullYear()),
    copyrightHolder: machine.gitUserName ?? `The ${answers.name} authors`,
    lang,
    coverageThreshold: COVERAGE_THRESHOLD,
    envName: lang.envName,
    auth: authFacts(answers.auth),
    db: withEmbedded(databaseFacts(answers.database, dbName), lang),
    pm: packageManagerFacts(lang.packageManager ?? answers.packageManager),
    actions: actionRefs(),
    deploys: answers.cloud !== 'none',
    stack,
    tooling: { decoratorMetadata: false, ...stack.tooling },
    endpoints: endpointDocs(answers.auth as AuthMode),
  } as Omit<Context, 'commands' | 'docs' | 'sourceDir' | 'startExec' | 'migrateExec' | 'migrateThenStart'> as Context;
  ctx.commands = stack.commands(ctx);
  ctx.docs = stack.docs(ctx);
  ctx.sourceDir = ctx.docs.sourceDir ?? 'src/';
  ctx.startExec = JSON.stringify(ctx.commands.start.split(' '));
  const migrate = lang.imageHasShell ? ['sh', '-c', ctx.commands.migrate] : ctx.commands.migrate.split(' ');
  ctx.migrateExec = `[${migrate.map((word) => JSON.stringify(word)).join(', ')}]`;
  ctx.migrateThenStart = stack.migrateThenStart ?? `sh -c '${ctx.commands.migrate} && exec ${ctx.commands.start}'`;
  return ctx;
}

/** PostgreSQL needs no server in development and tests where the language embeds one. */
function withEmbedded(db: DatabaseFacts, lang: LanguageFacts): DatabaseFacts {
  const embedded = lang.embeddedPostgres;
  if (!db.postgres || !embedded?.folder) return db;
  const { folder, firstStart, stopsWith } = embedded;
  return { ...db, embedded: folder, embeddedFirstStart: firstStart, embeddedStopsWith: stopsWith };
}
