/**
 * TypeScript + Express 5: Kysely over PostgreSQL, MySQL or SQLite, zod validation, pino logs,
 * argon2 + JWT or server-side sessions, Vitest + supertest, Biome, TypeScript 7.
 *
 * Build choice: the generated app keeps erasable TypeScript only and imports with `.ts`
 * extensions, so `dev` runs src/ directly on Node's built-in type stripping (no tsx, no
 * watcher dependency), while `build` compiles to dist/ with `tsc` (rewriting the extensions).
 * Production and the Docker image run plain JavaScript from dist/: no TypeScript sources or
 * compiler in the image, no reliance on type stripping (unflagged only since Node 22.18,
 * while `engines` allows 22.12), and the migrate command works the same in a checkout after
 * `build` and inside the image.
 */
import type { Context } from '../context.js';
import type { DependencyMap, StackDescriptor } from './types.js';

/** Every dependency the stack can use, at current majors. Manifests pick from here. */
const VERSIONS = {
  // runtime
  express: '^5.3.0',
  kysely: '^0.29.9',
  zod: '^4.6.7',
  pino: '^10.4.0',
  'pino-http': '^11.0.0',
  helmet: '^8.3.0',
  cors: '^2.8.6',
  'swagger-ui-dist': '^5.35.0',
  pg: '^8.23.1',
  mysql2: '^3.24.6',
  'better-sqlite3': '^13.2.0',
  argon2: '^0.45.1',
  'express-rate-limit': '^8.7.4',
  jose: '^6.2.17',
  'cookie-parser': '^1.4.7',
  // tooling
  typescript: '^7.0.2',
  '@biomejs/biome': '^2.6.8',
  vitest: '^5.1.1',
  // Vitest's peer dependency, listed so package managers that don't install peers (Yarn) work.
  vite: '^8.3.8',
  supertest: '^7.3.2',
  '@types/node': '^24.19.2',
  '@types/express': '^5.0.6',
  '@types/cors': '^2.8.19',
  '@types/supertest': '^7.2.1',
  '@types/pg': '^8.23.1',
  '@types/better-sqlite3': '^9.6.0',
  '@types/cookie-parser': '^1.4.10',
} as const satisfies DependencyMap;

type Package = keyof typeof VERSIONS;

/**
 * Yarn is pinned through package.json's `packageManager` field: Corepack (Dockerfile, CI) would
 * otherwise pick Yarn 1, which can't read a Yarn 4 lock file.
 */
const YARN_VERSION = '4.18.1';

function pick(names: Array<Package | false>): DependencyMap {
  const chosen = names.filter((name): name is Package => name !== false).sort();
  return Object.fromEntries(chosen.map((name) => [name, VERSIONS[name]]));
}

/** Packages with install scripts we don't need: each ships prebuilt binaries (or telemetry). */
function skippedInstallScripts(ctx: Context): string[] {
  return [
    '@scarf/scarf',
    ctx.authAny === true && 'argon2',
    ctx.databaseSqlite === true && 'better-sqlite3',
  ].filter((name): name is string => typeof name === 'string');
}

export const express: StackDescriptor = {
  id: 'express',
  language: 'typescript',
  label: 'Express 5',
  hint: 'TypeScript, Kysely, zod, Vitest',
  layers: [
    { dir: 'node' },
    { dir: 'express' },
    { dir: 'express-db-postgres', when: (ctx) => ctx.databasePostgres === true },
    { dir: 'express-db-mysql', when: (ctx) => ctx.databaseMysql === true },
    { dir: 'express-db-sqlite', when: (ctx) => ctx.databaseSqlite === true },
    { dir: 'express-auth', when: (ctx) => ctx.authAny },
    { dir: 'express-jwt', when: (ctx) => ctx.authJwt === true },
    { dir: 'express-session', when: (ctx) => ctx.authSession === true },
    { dir: 'express-pnpm', when: (ctx) => ctx.packageManagerPnpm === true },
    { dir: 'express-yarn', when: (ctx) => ctx.packageManagerYarn === true },
  ],

  commands: (ctx) => ({
    install: ctx.pm.install,
    build: `${ctx.pm.run} build`,
    lint: `${ctx.pm.run} lint`,
    typecheck: `${ctx.pm.run} typecheck`,
    // Plain `node` (no package manager) so the same command works in the slim Docker image.
    migrate: 'node dist/db/migrate.js',
    test: `${ctx.pm.run} test`,
    start: 'node dist/server.js',
    dev: `${ctx.pm.run} dev`,
  }),

  nodeManifest: (ctx) => {
    const jwt = ctx.authJwt === true;
    const session = ctx.authSession === true;
    const extra: Record<string, unknown> = {
      type: 'module',
      engines: { node: '>=22.12' },
    };
    // npm 11 and pnpm 10+ skip dependency install scripts unless allowed; record that these are
    // deliberately not run (prebuilt binaries are used), so installs are quiet and reproducible.
    const skipped = skippedInstallScripts(ctx);
    if (ctx.packageManagerNpm === true) {
      extra.allowScripts = Object.fromEntries(skipped.map((name) => [name, false]));
    }
    if (ctx.packageManagerYarn === true) extra.packageManager = `yarn@${YARN_VERSION}`;
    return {
      dependencies: pick([
        'express',
        'kysely',
        'zod',
        'pino',
        'pino-http',
        'helmet',
        'cors',
        'swagger-ui-dist',
        ctx.databasePostgres === true && 'pg',
        ctx.databaseMysql === true && 'mysql2',
        ctx.databaseSqlite === true && 'better-sqlite3',
        ctx.authAny && 'argon2',
        ctx.authAny && 'express-rate-limit',
        jwt && 'jose',
        session && 'cookie-parser',
      ]),
      devDependencies: pick([
        'typescript',
        '@biomejs/biome',
        'vitest',
        'vite',
        'supertest',
        '@types/node',
        '@types/express',
        '@types/cors',
        '@types/supertest',
        ctx.databasePostgres === true && '@types/pg',
        ctx.databaseSqlite === true && '@types/better-sqlite3',
        session && '@types/cookie-parser',
      ]),
      scripts: {
        dev: 'node --watch src/server.ts',
        build: 'tsc -p tsconfig.build.json',
        start: 'node dist/server.js',
        'db:migrate': 'node dist/db/migrate.js',
        'db:rollback': 'node dist/db/migrate.js down',
        lint: 'biome check --error-on-warnings .',
        format: 'biome check --write .',
        typecheck: 'tsc --noEmit',
        test: 'vitest run',
        'test:unit': 'vitest run --project unit',
        'test:watch': 'vitest',
      },
      extra,
    };
  },

  docs: (ctx) => {
    const auth = ctx.authAny;
    const authFiles = [
      'src/modules/auth/auth.routes.ts',
      'src/modules/auth/password.ts',
      ctx.authJwt === true ? 'src/modules/auth/tokens.ts' : 'src/modules/auth/sessions.ts',
      'src/middleware/authenticate.ts',
      'src/middleware/current-user.ts',
      'src/middleware/login-rate-limit.ts',
    ];
    const layout = [
      { path: 'src/server.ts', what: 'Entry point: reads the environment, listens, shuts down cleanly' },
      { path: 'src/app.ts', what: 'createApp(): middleware order and routers (tests import it)' },
      { path: 'src/config.ts', what: 'Environment variables, validated with zod at startup' },
      { path: 'src/modules/', what: 'One folder per resource: routes, zod schemas, repository (SQL)' },
      { path: 'src/middleware/', what: 'Error handler, validation helpers' + (auth ? ', authentication, rate limit' : '') },
      { path: 'src/db/', what: 'Kysely connection, table types, DATABASE_URL parsing' },
      { path: 'src/db/migrations/', what: 'Checked-in schema migrations (run by the migrate command)' },
      { path: 'test/unit/', what: 'Fast tests of pure logic: schemas, parsing, errors' + (auth ? ', hashing, tokens' : '') },
      { path: 'test/integration/', what: 'HTTP tests through supertest against the real database' },
      {
        path: 'tsconfig.json',
        what: 'Strict TypeScript with erasable syntax only, so `dev` runs src/*.ts directly on Node',
      },
      { path: 'tsconfig.build.json', what: 'Compiles src/ to dist/ for production (`build`)' },
      { path: 'Dockerfile', what: 'Multi-stage production image (non-root, health check)' },
      { path: '.github/workflows/ci.yml', what: 'Lint, typecheck, build, migrate and test on every push; build the image' },
    ];
    return {
      architecture:
        'A request enters `src/app.ts`, where pino-http logs it, helmet sets security headers, CORS ' +
        'and the JSON body parser run, and it is routed to one resource module under ' +
        '`src/modules/`. ' +
        (auth
          ? `Protected routes first pass \`requireAuth\` (${ctx.authJwt === true ? 'a bearer JWT' : 'a session cookie plus a CSRF header on writes'}), which attaches the user. `
          : '') +
        'The handler validates the body or query with zod (422 with per-field details), calls the ' +
        "module's repository, which is the only code that builds SQL (Kysely, parameterised, " +
        `${ctx.db.label}), and maps rows to API objects. Anything thrown reaches one error handler ` +
        'that writes the uniform error body and logs the details, never leaking stack traces or SQL.',
      evidence: {
        sql: [
          'src/db/migrations/0001_initial.ts',
          'src/modules/tasks/task.repository.ts',
          'src/db/schema.ts',
          'src/lib/like.ts',
        ],
        rest: [
          'src/modules/tasks/task.routes.ts',
          'src/modules/tasks/task.schemas.ts',
          'src/middleware/error-handler.ts',
          'src/lib/pagination.ts',
        ],
        // Without auth: security headers and CORS (app.ts), and strict input validation.
        auth: auth ? authFiles : ['src/app.ts', 'src/middleware/validate.ts'],
        testing: ['test/unit/', 'test/integration/', 'vitest.config.ts'],
      },
      layout,
    };
  },
};
