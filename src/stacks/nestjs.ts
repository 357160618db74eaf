/**
 * TypeScript + NestJS 12: feature modules with controllers, injectable services and
 * repositories, DTOs validated by class-validator through a global ValidationPipe, guards for
 * authentication and roles, one global exception filter. Kysely over PostgreSQL, MySQL or
 * SQLite (like the Express stack), argon2 + JWT (@nestjs/jwt) or server-side sessions,
 * Vitest + supertest + @nestjs/testing, Biome, TypeScript 7.
 *
 * NestJS 12 is the current major (ESM packages, Node >= 22.12), which matches the ESM layout of
 * the shared Node layer.
 *
 * Build choice: Nest's dependency injection reads the constructor types that TypeScript writes
 * as decorator metadata (`experimentalDecorators` + `emitDecoratorMetadata`), which Node's
 * type stripping can't produce. So `build` compiles src/ to dist/ with `tsc` (TypeScript 7
 * emits decorator metadata), production and the Docker image run dist/, and `dev` recompiles
 * on every change and restarts (scripts/dev.js: `tsc` then `node dist/main.js`, no extra
 * dependency). Vitest transforms decorators itself, reading the same tsconfig.json.
 */
import type { Context } from '../context.js';
import type { DependencyMap, StackDescriptor } from './types.js';

/** Every dependency the stack can use, at current majors. Manifests pick from here. */
const VERSIONS = {
  // runtime
  '@nestjs/common': '^12.5.1',
  '@nestjs/core': '^12.5.1',
  '@nestjs/platform-express': '^12.5.1',
  '@nestjs/jwt': '^12.0.2',
  'reflect-metadata': '^0.2.2',
  rxjs: '^7.8.2',
  'class-validator': '^0.15.1',
  'class-transformer': '^0.5.1',
  kysely: '^0.29.9',
  helmet: '^8.3.0',
  'swagger-ui-dist': '^5.35.0',
  pg: '^8.23.1',
  mysql2: '^3.24.6',
  'better-sqlite3': '^13.2.0',
  argon2: '^0.45.1',
  'cookie-parser': '^1.4.7',
  // tooling
  '@nestjs/testing': '^12.1.1',
  typescript: '^7.0.2',
  '@biomejs/biome': '^2.6.8',
  vitest: '^5.1.1',
  // Vitest's peer dependency, listed so package managers that don't install peers (Yarn) work.
  vite: '^8.3.8',
  supertest: '^7.3.2',
  '@types/node': '^24.19.2',
  '@types/express': '^5.0.6',
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

export const nestjs: StackDescriptor = {
  id: 'nestjs',
  language: 'typescript',
  label: 'NestJS 12',
  hint: 'TypeScript, modules + DI, class-validator, Kysely, Vitest',
  experimental: true,
  layers: [
    { dir: 'node' },
    { dir: 'nestjs' },
    { dir: 'nestjs-db-postgres', when: (ctx) => ctx.databasePostgres === true },
    { dir: 'nestjs-db-mysql', when: (ctx) => ctx.databaseMysql === true },
    { dir: 'nestjs-db-sqlite', when: (ctx) => ctx.databaseSqlite === true },
    { dir: 'nestjs-auth', when: (ctx) => ctx.authAny },
    { dir: 'nestjs-jwt', when: (ctx) => ctx.authJwt === true },
    { dir: 'nestjs-session', when: (ctx) => ctx.authSession === true },
    { dir: 'nestjs-pnpm', when: (ctx) => ctx.packageManagerPnpm === true },
    { dir: 'nestjs-yarn', when: (ctx) => ctx.packageManagerYarn === true },
  ],

  commands: (ctx) => ({
    install: ctx.pm.install,
    build: `${ctx.pm.run} build`,
    lint: `${ctx.pm.run} lint`,
    typecheck: `${ctx.pm.run} typecheck`,
    // Plain `node` (no package manager) so the same command works in the slim Docker image.
    migrate: 'node dist/database/migrate.js',
    test: `${ctx.pm.run} test`,
    start: 'node dist/main.js',
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
        '@nestjs/common',
        '@nestjs/core',
        '@nestjs/platform-express',
        'reflect-metadata',
        'rxjs',
        'class-validator',
        'class-transformer',
        'kysely',
        'helmet',
        'swagger-ui-dist',
        ctx.databasePostgres === true && 'pg',
        ctx.databaseMysql === true && 'mysql2',
        ctx.databaseSqlite === true && 'better-sqlite3',
        ctx.authAny && 'argon2',
        jwt && '@nestjs/jwt',
        session && 'cookie-parser',
      ]),
      devDependencies: pick([
        '@nestjs/testing',
        'typescript',
        '@biomejs/biome',
        'vitest',
        'vite',
        'supertest',
        '@types/node',
        '@types/express',
        '@types/supertest',
        ctx.databasePostgres === true && '@types/pg',
        ctx.databaseSqlite === true && '@types/better-sqlite3',
        session && '@types/cookie-parser',
      ]),
      scripts: {
        dev: 'node --watch-path=src --watch-preserve-output scripts/dev.js',
        build: 'tsc -p tsconfig.build.json',
        start: 'node dist/main.js',
        'db:migrate': 'node dist/database/migrate.js',
        'db:rollback': 'node dist/database/migrate.js down',
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
      'src/auth/auth.controller.ts',
      'src/auth/auth.service.ts',
      'src/auth/password.service.ts',
      ctx.authJwt === true ? 'src/auth/access-token.service.ts' : 'src/auth/sessions.service.ts',
      'src/auth/auth.guard.ts',
      'src/auth/roles.guard.ts',
      'src/auth/login-rate-limit.interceptor.ts',
    ];
    const layout = [
      { path: 'src/main.ts', what: 'Entry point: reads the environment, creates the Nest app, listens, shuts down cleanly' },
      { path: 'src/app.module.ts', what: 'The root module: imports every feature module, registers the global filter and pipe' },
      { path: 'src/app.setup.ts', what: 'configureApp(): security headers, CORS, proxy trust (tests call it too)' },
      { path: 'src/config/', what: 'Environment variables, validated with class-validator at startup; the AppConfig provider' },
      { path: 'src/common/', what: 'Exception filter, validation pipe and decorators, id pipe, pagination, request middleware' },
      {
        path: 'src/tasks/',
        what: 'The tasks feature: module, controller (routes), service (rules), repository (SQL), DTOs',
      },
      ...(auth
        ? [
            { path: 'src/auth/', what: 'Register, login, guards (authentication, roles), login rate limit' },
            { path: 'src/users/', what: 'The users feature: admin-only listing, repository' },
          ]
        : []),
      { path: 'src/database/', what: 'DatabaseModule (the Kysely provider), table types, DATABASE_URL parsing' },
      { path: 'src/database/migrations/', what: 'Checked-in schema migrations (run by the migrate command)' },
      {
        path: 'test/unit/',
        what: 'Fast tests without a database: DTO validation, pipes, filter, services with mocked repositories',
      },
      { path: 'test/integration/', what: 'HTTP tests through supertest against the real database (Nest testing module)' },
      { path: 'scripts/dev.js', what: '`dev`: recompiles and restarts on every change under src/' },
      { path: 'tsconfig.json', what: 'Strict TypeScript with the decorator options Nest needs' },
      { path: 'tsconfig.build.json', what: 'Compiles src/ to dist/ for production (`build`)' },
      { path: 'Dockerfile', what: 'Multi-stage production image (non-root, health check)' },
      { path: '.github/workflows/ci.yml', what: 'Lint, typecheck, build, migrate and test on every push; build the image' },
    ];
    return {
      architecture:
        'A request enters the Nest application created in `src/main.ts`: Express middleware from ' +
        '`src/app.setup.ts` sets security headers and CORS, a request id and an access log are added ' +
        'by middleware, and Nest routes it to a controller method of one feature module. ' +
        (auth
          ? `Global guards run first: \`AuthGuard\` (${ctx.authJwt === true ? 'a bearer JWT' : 'a session cookie plus a CSRF header on writes'}) unless the route is \`@Public()\`, then \`RolesGuard\` for \`@Roles('admin')\`. `
          : '') +
        'The global ValidationPipe turns the body or query into a DTO class and validates it with ' +
        'class-validator (422 with per-field details); the controller calls its injectable service, ' +
        'which applies the rules and calls the repository, the only code that builds SQL (Kysely, ' +
        `parameterised, ${ctx.db.label}). Anything thrown reaches one global exception filter that ` +
        'writes the uniform error body and logs the details, never leaking stack traces or SQL.',
      evidence: {
        sql: [
          'src/database/migrations/0001_initial.ts',
          'src/tasks/tasks.repository.ts',
          'src/database/schema.ts',
          'src/common/like.ts',
        ],
        rest: [
          'src/tasks/tasks.controller.ts',
          'src/tasks/dto/',
          'src/common/api-exception.filter.ts',
          'src/common/validation.ts',
        ],
        auth: auth ? authFiles : ['src/app.setup.ts', 'src/common/validation.ts'],
        testing: ['test/unit/', 'test/integration/', 'vitest.config.ts'],
      },
      layout,
    };
  },
};
