/**
 * TypeScript + Fastify 5: Kysely over PostgreSQL, MySQL or SQLite, JSON Schema (TypeBox) for
 * validation and response serialisation, Fastify's built-in pino logger, argon2 + @fastify/jwt
 * or server-side sessions on @fastify/cookie, Vitest with `app.inject()`, Biome, TypeScript 7.
 *
 * The app is a tree of encapsulated plugins: cross-cutting ones (database, errors, auth) are
 * wrapped in fastify-plugin so their decorators reach every route, while each resource's routes
 * are a plugin of their own under a prefix, with their hooks scoped to them.
 *
 * Build choice (shared with the Express stack): erasable TypeScript only with `.ts` imports, so
 * `dev` runs src/ on Node's type stripping and `build` compiles to dist/ with tsc; production,
 * the Docker image and the migrate command run plain JavaScript from dist/.
 */
import type { Context } from '../context.js';
import type { DependencyMap, StackDescriptor } from './types.js';

/** Every dependency the stack can use, at current majors. Manifests pick from here. */
const VERSIONS = {
  // runtime
  fastify: '^5.12.8',
  'fastify-plugin': '^6.0.1',
  typebox: '^1.4.3',
  '@fastify/type-provider-typebox': '^6.3.0',
  ajv: '^8.20.0',
  'ajv-formats': '^3.0.1',
  'ajv-keywords': '^5.1.0',
  '@fastify/helmet': '^13.2.0',
  '@fastify/cors': '^11.4.3',
  '@fastify/swagger': '^9.9.3',
  '@fastify/swagger-ui': '^6.1.3',
  kysely: '^0.29.9',
  pg: '^8.23.1',
  mysql2: '^3.24.6',
  'better-sqlite3': '^13.2.0',
  argon2: '^0.45.1',
  '@fastify/jwt': '^10.2.8',
  '@fastify/cookie': '^11.1.5',
  // tooling
  typescript: '^7.0.2',
  '@biomejs/biome': '^2.6.8',
  vitest: '^5.1.1',
  '@types/node': '^24.19.2',
  '@types/pg': '^8.23.1',
  '@types/better-sqlite3': '^9.6.0',
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

/** Packages with install scripts we don't need: each ships prebuilt binaries. */
function skippedInstallScripts(ctx: Context): string[] {
  return [ctx.authAny === true && 'argon2', ctx.databaseSqlite === true && 'better-sqlite3'].filter(
    (name): name is string => typeof name === 'string',
  );
}

export const fastify: StackDescriptor = {
  id: 'fastify',
  language: 'typescript',
  label: 'Fastify 5',
  hint: 'TypeScript, Kysely, JSON Schema (TypeBox), Vitest',
  experimental: false,
  layers: [
    { dir: 'node' },
    { dir: 'fastify' },
    { dir: 'fastify-db-postgres', when: (ctx) => ctx.databasePostgres === true },
    { dir: 'fastify-db-mysql', when: (ctx) => ctx.databaseMysql === true },
    { dir: 'fastify-db-sqlite', when: (ctx) => ctx.databaseSqlite === true },
    { dir: 'fastify-auth', when: (ctx) => ctx.authAny },
    { dir: 'fastify-jwt', when: (ctx) => ctx.authJwt === true },
    { dir: 'fastify-session', when: (ctx) => ctx.authSession === true },
    { dir: 'fastify-pnpm', when: (ctx) => ctx.packageManagerPnpm === true },
    { dir: 'fastify-yarn', when: (ctx) => ctx.packageManagerYarn === true },
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
    if (ctx.packageManagerNpm === true && skipped.length > 0) {
      extra.allowScripts = Object.fromEntries(skipped.map((name) => [name, false]));
    }
    if (ctx.packageManagerYarn === true) extra.packageManager = `yarn@${YARN_VERSION}`;
    return {
      dependencies: pick([
        'fastify',
        'fastify-plugin',
        'typebox',
        '@fastify/type-provider-typebox',
        'ajv',
        'ajv-formats',
        'ajv-keywords',
        '@fastify/helmet',
        '@fastify/cors',
        '@fastify/swagger',
        '@fastify/swagger-ui',
        'kysely',
        ctx.databasePostgres === true && 'pg',
        ctx.databaseMysql === true && 'mysql2',
        ctx.databaseSqlite === true && 'better-sqlite3',
        ctx.authAny && 'argon2',
        jwt && '@fastify/jwt',
        session && '@fastify/cookie',
      ]),
      devDependencies: pick([
        'typescript',
        '@biomejs/biome',
        'vitest',
        '@types/node',
        ctx.databasePostgres === true && '@types/pg',
        ctx.databaseSqlite === true && '@types/better-sqlite3',
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
    const layout = [
      { path: 'src/server.ts', what: 'Entry point: reads the environment, listens, closes the app on SIGTERM' },
      { path: 'src/app.ts', what: 'buildApp(): Fastify options, plugins and routes in order (tests call it)' },
      { path: 'src/config.ts', what: 'Environment variables, validated against a JSON Schema at startup' },
      { path: 'src/plugins/', what: 'Cross-cutting plugins: database, error handling, API docs' + (auth ? ', authentication' : '') },
      { path: 'src/modules/', what: 'One folder per resource: route plugin, TypeBox schemas, repository (SQL)' },
      { path: 'src/lib/', what: 'Validation (Ajv), HTTP errors, pagination and other small helpers' },
      { path: 'src/db/', what: 'Kysely connection, table types, DATABASE_URL parsing' },
      { path: 'src/db/migrations/', what: 'Checked-in schema migrations (run by the migrate command)' },
      { path: 'test/unit/', what: 'Fast tests of pure logic: schemas, parsing, errors' + (auth ? ', hashing, tokens, rate limit' : '') },
      { path: 'test/integration/', what: 'HTTP tests through `app.inject()` against the real database' },
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
        '`src/app.ts` builds one Fastify instance: its built-in pino logger tags every request with ' +
        'an id, @fastify/helmet and @fastify/cors add their headers, and each resource is a plugin ' +
        'under its prefix in `src/modules/`. ' +
        (auth
          ? `Protected plugins add an \`onRequest\` hook, \`app.authenticate\` (${ctx.authJwt === true ? 'a bearer JWT checked by @fastify/jwt' : 'a session cookie, plus a CSRF header on writes'}), which sets \`request.user\` before the body is even read. `
          : '') +
        'Every route declares TypeBox (JSON Schema) schemas: Ajv validates and normalises params, ' +
        'query and body before the handler runs, and the response schema serialises the result, ' +
        "so no field outside it (like a password hash) can ever be sent. Handlers call the module's " +
        `repository, the only code that builds SQL (Kysely, parameterised, ${ctx.db.label}). ` +
        'Anything thrown reaches one error handler that writes the uniform error body (422 details ' +
        'straight from the schema errors) and logs the rest, never leaking stack traces or SQL.',
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
          'src/plugins/error-handler.ts',
          'src/lib/validation.ts',
        ],
        auth: auth
          ? [
              'src/modules/auth/auth.routes.ts',
              'src/modules/auth/password.ts',
              ctx.authJwt === true ? 'src/modules/auth/tokens.ts' : 'src/modules/auth/sessions.ts',
              'src/plugins/authenticate.ts',
              'src/modules/auth/login-limiter.ts',
              'src/modules/users/user.routes.ts',
            ]
          : ['src/app.ts (helmet, CORS)', 'src/lib/validation.ts'],
        testing: ['test/unit/', 'test/integration/', 'vitest.config.ts'],
      },
      layout,
    };
  },
};
