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
 * uvicorn on 0.0.0.0 with WEB_CONCURRENCY worker processes in production (default: one per CPU,
 * 2 to 8, app/lib/workers.py); uvicorn drains in-flight requests on SIGTERM (uv run forwards the
 * signal). The failed-login counts live in the database (app/lib/login_limit.py), so any number
 * of workers or replicas shares them.
 */
import type { StackDescriptor } from '../../types.js';
import { PYTHON_BUILD_SYSTEM, PYTHON_COMMANDS, pythonDevDrivers, pythonDrivers, pythonLayers, pythonPick, pythonTooling } from '../language.js';

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

  pythonManifest: (ctx) => ({
    buildSystem: PYTHON_BUILD_SYSTEM,
    dependencies: pythonPick([
      'fastapi',
      'uvicorn',
      'sqlalchemy',
      'alembic',
      'pydantic',
      'pydantic-settings',
      'offapi',
      // .env is read by pydantic-settings and by app/lib/local_database.py (DATABASE_URL).
      'python-dotenv',
      ...pythonDrivers(ctx),
      ctx.auth.users && 'argon2-cffi',
      ctx.auth.bearer && 'pyjwt',
    ]),
    devDependencies: pythonPick(['pytest', 'pytest-cov', 'httpx2', 'ruff', 'mypy', ...pythonDevDrivers(ctx)]),
    tool: {
      ...pythonTooling({
        mypy: { files: ['app', 'migrations', 'tests'], plugins: ['pydantic.mypy'] },
        // `python -m app` only reads PORT and hands the app to uvicorn (its config check is tested).
        coverageOmit: ['app/__main__.py'],
      }),
      'pydantic-mypy': { init_forbid_extra: true, init_typed: true },
    },
  }),

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
