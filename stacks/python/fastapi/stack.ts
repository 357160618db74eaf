/**
 * Python + FastAPI: SQLAlchemy 2 (ORM, asyncio) with Alembic migrations over PostgreSQL
 * (psycopg 3), MySQL (aiomysql; PyMySQL for migrations) or SQLite (aiosqlite; sqlite3 for
 * migrations), Pydantic v2 models and pydantic-settings, argon2 + PyJWT or server-side sessions,
 * pytest + TestClient, Ruff and mypy; managed by uv.
 *
 * Async end to end, FastAPI's own habit: handlers and dependencies are `async def` and await an
 * AsyncSession per request (app/db/engine.py), so one worker serves many requests while each
 * waits on the database; a sync `def` handler would hold a threadpool thread (40 of them) and
 * a trip to and from it on every request. Argon2 hashing, CPU-bound on purpose, runs in the
 * threadpool (app/auth/accounts.py) so it never blocks the event loop. The failed-login
 * limiter's shared sync code runs inside AsyncSession.run_sync, on the async driver.
 * Alembic migrations stay sync (one script run): PyMySQL and sqlite3 come along for them.
 *
 * Production: `python -m app` (app/__main__.py) reads PORT from the environment and runs
 * uvicorn on 0.0.0.0 with WEB_CONCURRENCY worker processes in production (default: one per CPU,
 * 2 to 8, app/lib/workers.py); uvicorn drains in-flight requests on SIGTERM (uv run forwards the
 * signal). The failed-login counts live in the database (app/lib/login_limit.py), so any number
 * of workers or replicas shares them.
 */
import type { StackDescriptor } from '../../types.js';
import type { Context } from '../../../src/context.js';
import {
  PYTHON_BUILD_SYSTEM,
  PYTHON_COMMANDS,
  PYTHON_VERSIONS,
  type PythonPackage,
  pythonDevDrivers,
  pythonDrivers,
  pythonLayers,
  pythonPick,
  pythonTooling,
} from '../language.js';

/** The asyncio driver beside the sync one (psycopg 3 is both): the app's engine uses it. */
function asyncDrivers(ctx: Context): PythonPackage[] {
  if (ctx.db.mysql) return ['aiomysql'];
  if (ctx.db.sqlite) return ['aiosqlite'];
  return [];
}

/** SQLAlchemy with its asyncio extra (greenlet, which SQLAlchemy 2.1 no longer installs by itself). */
const SQLALCHEMY_ASYNCIO = PYTHON_VERSIONS.sqlalchemy.replace(/^sqlalchemy/, 'sqlalchemy[asyncio]');

/**
 * uvicorn with its standard extra, as FastAPI's own `fastapi[standard]` installs it: uvloop (the
 * event loop, libuv) and httptools (the HTTP parser, llhttp), which uvicorn picks by itself over
 * asyncio's loop and h11, plus watchfiles for --reload. uvloop is left out on Windows.
 */
const UVICORN_STANDARD = PYTHON_VERSIONS.uvicorn.replace(/^uvicorn/, 'uvicorn[standard]');

export const fastapi: StackDescriptor = {
  id: 'fastapi',
  language: 'python',
  label: 'FastAPI',
  hint: 'Python, SQLAlchemy 2, Alembic, Pydantic v2, pytest',
  experimental: false,
  layers: [
    ...pythonLayers({ sqlalchemy: true, gunicorn: false, openapi: true, swaggerUi: true }),
    { dir: 'stacks/python/fastapi/templates/base' },
    { dir: 'stacks/python/fastapi/templates/auth', when: (ctx) => ctx.auth.users },
    { dir: 'stacks/python/fastapi/templates/jwt', when: (ctx) => ctx.auth.bearer },
    { dir: 'stacks/python/fastapi/templates/session', when: (ctx) => ctx.auth.cookie },
  ],

  commands: () => ({
    ...PYTHON_COMMANDS,
    typecheck: 'uv run mypy',
    // `uv run` works on a checkout and in the image (where UV_NO_SYNC=1 uses the baked venv).
    migrate: 'uv run alembic upgrade head',
    start: 'uv run python -m app',
    dev: 'uv run python -m app --reload',
  }),

  pythonManifest: (ctx) => {
    const tooling = pythonTooling({
      mypy: { files: ['app', 'migrations', 'tests'], plugins: ['pydantic.mypy'] },
      // `python -m app` only reads PORT and hands the app to uvicorn (its config check is tested).
      coverageOmit: ['app/__main__.py'],
    });
    return {
      buildSystem: PYTHON_BUILD_SYSTEM,
      dependencies: [
        ...pythonPick(['fastapi']),
        UVICORN_STANDARD,
        SQLALCHEMY_ASYNCIO,
        ...pythonPick([
          'alembic',
          'pydantic',
          'pydantic-settings',
          'offapi',
          // .env is read by pydantic-settings and by app/lib/local_database.py (DATABASE_URL).
          'python-dotenv',
          ...pythonDrivers(ctx),
          ...asyncDrivers(ctx),
          ctx.auth.users && 'argon2-cffi',
          ctx.auth.bearer && 'pyjwt',
        ]),
      ],
      devDependencies: pythonPick(['pytest', 'pytest-cov', 'httpx2', 'ruff', 'mypy', ...pythonDevDrivers(ctx)]),
      tool: {
        ...tooling,
        'pydantic-mypy': { init_forbid_extra: true, init_typed: true },
      },
    };
  },

  docs: (ctx) => {
    const auth = ctx.auth.users;
    const session = ctx.auth.cookie;
    const authFiles = [
      'app/routers/auth.py',
      'app/lib/passwords.py',
      session ? 'app/auth/sessions.py' : 'app/auth/tokens.py',
      'app/auth/dependencies.py',
      'app/lib/login_limit.py',
      'app/routers/users.py',
    ];
    return {
      evidence: {
        sql: ['migrations/versions/0001_initial.py', 'app/db/models.py', 'app/repositories/tasks.py', 'app/lib/like.py'],
        rest: ['app/routers/tasks.py', 'app/schemas/tasks.py', 'app/errors.py', 'app/docs.py'],
        auth: auth ? authFiles : ['app/middleware.py', 'app/schemas/tasks.py'],
        testing: ['tests/unit/', 'tests/integration/', 'tests/integration/conftest.py'],
      },
      sourceDir: 'app/',
    };
  },
};
