/**
 * Python + Flask 3: an application factory with one blueprint per resource, SQLAlchemy 2 (plain,
 * typed ORM models, one Session per request) over PostgreSQL (psycopg 3), MySQL (PyMySQL) or
 * SQLite, Alembic migrations, Pydantic v2 validation, argon2 + PyJWT or server-side sessions,
 * gunicorn in production, pytest + Flask's test client, Ruff and mypy. Managed by uv.
 *
 * Choices:
 * - Synchronous WSGI: Flask's natural model. gunicorn runs ONE worker process with a pool of
 *   threads (gthread), because the login rate limiter lives in process memory: with several
 *   worker processes each would count failures separately. Scale with threads, or move the
 *   limiter to a shared store before raising WEB_CONCURRENCY.
 * - Plain SQLAlchemy + plain Alembic rather than Flask-SQLAlchemy / Flask-Migrate: the engine and
 *   session lifecycle stay visible (app/database.py), models are typed for mypy without plugins,
 *   and `alembic upgrade head` runs without importing the web app (so the migrate container needs
 *   no secrets). Alembic reads its settings from [tool.alembic] in pyproject.toml.
 * - The served /openapi.json is the generated project-root openapi.json, read from disk: a
 *   library that derives the document from the code (flask-smorest, spectree) would serve a
 *   different document than the contract every stack shares.
 * - The project is a uv "application" (no build backend): `uv sync` installs the dependencies,
 *   the `app` package is imported from the project root.
 */
import type { Context } from '../../../src/context.js';
import type { StackDescriptor } from '../../types.js';

/** Every dependency the stack can use (PEP 508), at current versions. Manifests pick from here. */
const VERSIONS = {
  // runtime
  flask: 'flask>=3.1.3,<4',
  sqlalchemy: 'sqlalchemy>=2.1.9,<3',
  alembic: 'alembic>=1.20.1,<2',
  pydantic: 'pydantic>=2.14.3,<3',
  gunicorn: 'gunicorn>=27.0.1',
  dotenv: 'python-dotenv>=1.2.4,<2',
  psycopg: 'psycopg[binary]>=3.3.9,<4',
  pymysql: 'pymysql>=1.2.4,<2',
  // PyMySQL needs it for MySQL 8+'s default caching_sha2_password authentication.
  cryptography: 'cryptography>=50.0.2',
  argon2: 'argon2-cffi>=25.1.0',
  pyjwt: 'pyjwt>=2.15.1,<3',
  // tooling
  pytest: 'pytest>=9.2.0,<10',
  ruff: 'ruff>=0.17.6',
  mypy: 'mypy>=2.4.1',
} as const;

type Package = keyof typeof VERSIONS;

function pick(names: Array<Package | false>): string[] {
  return names.filter((name): name is Package => name !== false).map((name) => VERSIONS[name]);
}

export const flask: StackDescriptor = {
  id: 'flask',
  language: 'python',
  label: 'Flask 3',
  hint: 'SQLAlchemy 2, Alembic, Pydantic, pytest',
  experimental: false,
  layers: [
    { dir: 'stacks/python/templates/base' },
    { dir: 'stacks/python/flask/templates/base' },
    { dir: 'stacks/python/flask/templates/auth', when: (ctx) => ctx.auth.users },
    { dir: 'stacks/python/flask/templates/jwt', when: (ctx) => ctx.auth.bearer },
    { dir: 'stacks/python/flask/templates/session', when: (ctx) => ctx.auth.cookie },
  ],

  commands: () => ({
    install: 'uv sync',
    build: '',
    lint: 'uv run ruff check . && uv run ruff format --check .',
    typecheck: 'uv run mypy',
    migrate: 'uv run alembic upgrade head',
    test: 'uv run pytest',
    // gunicorn.conf.py binds 0.0.0.0:$PORT and names the app factory (no shell needed).
    start: 'uv run gunicorn --config gunicorn.conf.py',
    dev: 'uv run flask --app app run --debug --port 3000',
  }),

  pythonManifest: (ctx: Context) => ({
    dependencies: pick([
      'flask',
      'sqlalchemy',
      'alembic',
      'pydantic',
      'gunicorn',
      'dotenv',
      ctx.db.postgres && 'psycopg',
      ctx.db.mysql && 'pymysql',
      ctx.db.mysql && 'cryptography',
      ctx.auth.users && 'argon2',
      ctx.auth.bearer && 'pyjwt',
    ]),
    devDependencies: pick(['pytest', 'ruff', 'mypy']),
    tool: {
      ruff: {
        'line-length': 100,
        'target-version': 'py311',
        lint: {
          select: ['E', 'W', 'F', 'I', 'B', 'UP', 'SIM', 'C4', 'S', 'RUF'],
          // S101: pytest asserts with `assert`; S105/S106: test fixtures contain fake passwords.
          'per-file-ignores': { 'tests/**': ['S101', 'S105', 'S106'] },
        },
      },
      mypy: {
        python_version: '3.11',
        strict: true,
        files: ['app', 'tests'],
        plugins: ['pydantic.mypy'],
      },
      pytest: {
        ini_options: {
          testpaths: ['tests/unit', 'tests/integration'],
          pythonpath: ['.'],
          addopts: '-ra --strict-markers',
        },
      },
      // Alembic reads this table; the database URL comes from DATABASE_URL (migrations/env.py).
      alembic: {
        script_location: '%(here)s/migrations',
        prepend_sys_path: ['.'],
      },
    },
  }),

  docs: (ctx) => {
    const auth = ctx.auth.users;
    const authFiles =
      ctx.auth.bearer
        ? ['app/auth/routes.py', 'app/auth/passwords.py', 'app/auth/tokens.py', 'app/auth/current_user.py', 'app/auth/rate_limit.py']
        : ['app/auth/routes.py', 'app/auth/passwords.py', 'app/auth/sessions.py', 'app/auth/current_user.py', 'app/auth/rate_limit.py'];
    const layout = [
      { path: 'app/__init__.py', what: '`create_app()`: the application factory (gunicorn, `flask run` and the tests call it)' },
      { path: 'app/config.py', what: 'Settings read from the environment once at startup, validated' },
      { path: 'app/database.py', what: 'SQLAlchemy engine, one session per request, `DATABASE_URL` conversion' },
      { path: 'app/models.py', what: 'Typed SQLAlchemy 2 models mirroring the migrations' },
      { path: 'app/tasks/', what: 'Tasks blueprint: routes, Pydantic schemas, repository (all SQL)' },
      ...(auth
        ? [
            { path: 'app/auth/', what: `Register, login${ctx.auth.cookie ? ', logout' : ''}, me; password hashing, ${ctx.auth.bearer ? 'JWTs' : 'sessions + CSRF'}, rate limit` },
            { path: 'app/users/', what: 'Admin-only user list' },
          ]
        : []),
      { path: 'app/errors.py', what: 'The uniform error body for every error, including 404/405 and malformed JSON' },
      { path: 'app/web.py', what: 'Security headers, CORS, request ids and request logs' },
      { path: 'migrations/', what: 'Alembic environment and the checked-in migrations (run by the migrate command)' },
      { path: 'tests/unit/', what: 'Fast tests of pure logic: validation, query parsing, URL conversion, LIKE escaping' + (auth ? ', hashing, tokens, rate limit' : '') },
      { path: 'tests/integration/', what: "HTTP tests through Flask's test client against the real database" },
      { path: 'gunicorn.conf.py', what: 'Production server: binds 0.0.0.0:$PORT, threads, graceful shutdown' },
      { path: 'Dockerfile', what: 'Multi-stage production image (non-root, health check)' },
      { path: '.github/workflows/ci.yml', what: 'Lint, typecheck, migrate and test on every push; build the image' },
    ];
    return {
      sourceDir: 'app/',
      evidence: {
        sql: ['migrations/versions/0001_initial.py', 'app/models.py', 'app/tasks/repository.py', 'app/database.py'],
        rest: ['app/tasks/routes.py', 'app/tasks/schemas.py', 'app/errors.py', 'app/pagination.py'],
        auth: auth ? authFiles : ['app/web.py (security headers, CORS)', 'app/validation.py'],
        testing: ['tests/unit/', 'tests/integration/', 'pyproject.toml ([tool.pytest])'],
      },
      layout,
    };
  },
};
