/**
 * Python + FastAPI: SQLAlchemy 2 (ORM) with Alembic migrations over PostgreSQL (psycopg 3),
 * MySQL (PyMySQL) or SQLite (stdlib sqlite3), Pydantic v2 models and pydantic-settings,
 * argon2 + PyJWT or server-side sessions, pytest + TestClient, Ruff and mypy; managed by uv.
 *
 * Sync, not async: route handlers and dependencies are plain `def` functions that FastAPI runs
 * in its threadpool, with a sync SQLAlchemy Session per request. The three drivers are the
 * standard, well-supported sync ones (PyMySQL and sqlite3 have no first-class async story;
 * async would add aiosqlite/aiomysql/asyncpg and greenlet-related caveats), the code reads
 * top to bottom without `await` on every query, and a threadpool of 40 is plenty for the
 * load such an API sees. Handlers that do no I/O (`/health`) are `async def`.
 *
 * Production: `python -m app` (app/__main__.py) reads PORT from the environment and runs
 * uvicorn on 0.0.0.0 with one process; uvicorn drains in-flight requests on SIGTERM (uv run
 * forwards the signal). The login rate limiter lives in that process's memory.
 */
import type { StackDescriptor } from '../../types.js';

/** Every dependency the stack can use, as PEP 508 requirements at current releases. */
const REQUIREMENTS = {
  fastapi: 'fastapi~=0.165',
  uvicorn: 'uvicorn~=0.54',
  sqlalchemy: 'sqlalchemy~=2.1',
  alembic: 'alembic~=1.20',
  pydantic: 'pydantic~=2.14',
  'pydantic-settings': 'pydantic-settings~=2.16',
  psycopg: 'psycopg[binary]~=3.3',
  pymysql: 'pymysql~=1.2',
  // PyMySQL needs it for MySQL 8+'s default caching_sha2_password authentication.
  cryptography: 'cryptography>=46',
  'argon2-cffi': 'argon2-cffi~=25.1',
  pyjwt: 'pyjwt~=2.15',
  // tooling
  pytest: 'pytest~=9.2',
  // Starlette's TestClient is built on httpx2 (plain httpx is deprecated there).
  httpx2: 'httpx2~=2.16',
  ruff: 'ruff~=0.17',
  mypy: 'mypy~=2.4',
} as const;

type Requirement = keyof typeof REQUIREMENTS;

function pick(names: Array<Requirement | false>): string[] {
  return names.filter((name): name is Requirement => name !== false).map((name) => REQUIREMENTS[name]);
}

export const fastapi: StackDescriptor = {
  id: 'fastapi',
  language: 'python',
  label: 'FastAPI',
  hint: 'Python, SQLAlchemy 2, Alembic, Pydantic v2, pytest',
  experimental: false,
  layers: [
    { dir: 'stacks/python/templates/base' },
    { dir: 'stacks/python/fastapi/templates/base' },
    { dir: 'stacks/python/fastapi/templates/auth', when: (ctx) => ctx.auth.users },
    { dir: 'stacks/python/fastapi/templates/jwt', when: (ctx) => ctx.auth.bearer },
    { dir: 'stacks/python/fastapi/templates/session', when: (ctx) => ctx.auth.cookie },
  ],

  commands: () => ({
    install: 'uv sync',
    build: '',
    lint: 'uv run ruff check . && uv run ruff format --check .',
    typecheck: 'uv run mypy',
    // `uv run` works on a checkout and in the image (where UV_NO_SYNC=1 uses the baked venv).
    migrate: 'uv run alembic upgrade head',
    test: 'uv run pytest',
    start: 'uv run python -m app',
    dev: 'uv run python -m app --reload',
  }),

  pythonManifest: (ctx) => {
    const auth = ctx.auth.users;
    return {
      dependencies: pick([
        'fastapi',
        'uvicorn',
        'sqlalchemy',
        'alembic',
        'pydantic',
        'pydantic-settings',
        ctx.db.postgres && 'psycopg',
        ctx.db.mysql && 'pymysql',
        ctx.db.mysql && 'cryptography',
        auth && 'argon2-cffi',
        ctx.auth.bearer && 'pyjwt',
      ]),
      devDependencies: pick(['pytest', 'httpx2', 'ruff', 'mypy']),
      tool: {
        ruff: {
          'line-length': 100,
          'target-version': 'py311',
          lint: {
            select: ['E', 'W', 'F', 'I', 'B', 'UP', 'SIM', 'C4', 'N', 'S', 'PT', 'RUF'],
            'per-file-ignores': {
              // assert is how pytest checks; test passwords are not secrets.
              'tests/**': ['S101', 'S105', 'S106', 'S107'],
            },
            isort: { 'known-first-party': ['app', 'tests'] },
          },
        },
        pytest: {
          ini_options: {
            testpaths: ['tests'],
            pythonpath: ['.'],
            addopts: ['-ra', '--strict-markers', '--strict-config'],
          },
        },
        mypy: {
          files: ['app', 'migrations', 'tests'],
          strict: true,
          plugins: ['pydantic.mypy'],
          'warn_unreachable': true,
        },
        'pydantic-mypy': {
          init_forbid_extra: true,
          init_typed: true,
        },
      },
    };
  },

  docs: (ctx) => {
    const auth = ctx.auth.users;
    const session = ctx.auth.cookie;
    const authFiles = [
      'app/routers/auth.py',
      'app/auth/passwords.py',
      session ? 'app/auth/sessions.py' : 'app/auth/tokens.py',
      'app/auth/dependencies.py',
      'app/auth/rate_limit.py',
      'app/routers/users.py',
    ];
    const layout = [
      { path: 'app/__main__.py', what: '`python -m app`: reads the environment, runs uvicorn on PORT, shuts down cleanly' },
      { path: 'app/main.py', what: 'create_app(): middleware, error handlers and routers (tests build their own app)' },
      { path: 'app/config.py', what: 'Settings from environment variables (pydantic-settings), validated at startup' },
      { path: 'app/routers/', what: 'One router per resource: the HTTP layer' },
      { path: 'app/schemas/', what: 'Pydantic models: request validation and the camelCase JSON responses' },
      { path: 'app/repositories/', what: 'The only code that queries the database (SQLAlchemy)' },
      ...(auth ? [{ path: 'app/auth/', what: `Password hashing, ${session ? 'sessions and CSRF' : 'JWTs'}, the current-user dependency, login rate limit` }] : []),
      { path: 'app/db/', what: 'Engine and sessions, ORM models, column types, DATABASE_URL conversion' },
      { path: 'app/errors.py', what: 'The uniform error body and the exception handlers that produce it' },
      { path: 'migrations/', what: 'Alembic: checked-in schema migrations (run by the migrate command)' },
      { path: 'tests/unit/', what: 'Fast tests of pure logic: validation, URL parsing, LIKE escaping' + (auth ? ', hashing, tokens, rate limit' : '') },
      { path: 'tests/integration/', what: 'HTTP tests through TestClient against the real database' },
      { path: 'pyproject.toml', what: 'Dependencies (uv), Ruff, pytest and mypy settings' },
      { path: 'Dockerfile', what: 'Multi-stage production image (non-root, health check)' },
      { path: '.github/workflows/ci.yml', what: 'Lint, type-check, migrate and test on every push; build the image' },
    ];
    return {
      evidence: {
        sql: ['migrations/versions/0001_initial.py', 'app/db/models.py', 'app/repositories/tasks.py', 'app/db/like.py'],
        rest: ['app/routers/tasks.py', 'app/schemas/tasks.py', 'app/errors.py', 'app/docs.py'],
        auth: auth ? authFiles : ['app/middleware.py', 'app/schemas/tasks.py'],
        testing: ['tests/unit/', 'tests/integration/', 'tests/integration/conftest.py'],
      },
      sourceDir: 'app/',
      layout,
    };
  },
};
