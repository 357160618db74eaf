/**
 * Python + Flask 3: an application factory with one blueprint per resource, SQLAlchemy 2 (plain,
 * typed ORM models, one Session per request) over PostgreSQL (psycopg 3), MySQL (PyMySQL) or
 * SQLite, Alembic migrations, Pydantic v2 validation, argon2 + Flask-JWT-Extended or server-side sessions,
 * gunicorn in production, pytest + Flask's test client, Ruff and mypy. Managed by uv.
 *
 * Choices:
 * - Synchronous WSGI: Flask's natural model. gunicorn runs WEB_CONCURRENCY worker processes (one
 *   per CPU, at least 2), each with a pool of threads (gthread). Nothing they must agree on lives
 *   in their memory: the failed-login counts are in the database (app/lib/login_limit.py).
 * - Plain SQLAlchemy + plain Alembic rather than Flask-SQLAlchemy / Flask-Migrate: the engine and
 *   session lifecycle stay visible (app/database.py), models are typed for mypy without plugins,
 *   and `alembic upgrade head` runs without importing the web app (so the migrate container needs
 *   no secrets). Alembic reads its settings from [tool.alembic] in pyproject.toml.
 * - /openapi.json is built from the code by spectree (app/openapi.py): it documents the same
 *   Pydantic models the handlers validate with, without replacing Flask's routing or the app's
 *   own validation (flask-openapi3 replaces the Flask class and blueprints; flask-smorest is
 *   marshmallow-based). tests/unit/test_openapi.py checks it still covers openapi.json.
 * - The project is a uv "application" (`[tool.uv] package = false`): `uv sync` installs the
 *   dependencies, the `app` package is imported from the project root; the [build-system] is for
 *   the README's pip route (`pip install -e .`).
 */
import type { Context } from '../../../src/context.js';
import type { StackDescriptor } from '../../types.js';
import { PYTHON_BUILD_SYSTEM, PYTHON_COMMANDS, pythonDevDrivers, pythonDrivers, pythonLayers, pythonPick, pythonTooling } from '../language.js';

export const flask: StackDescriptor = {
  id: 'flask',
  language: 'python',
  label: 'Flask 3',
  hint: 'SQLAlchemy 2, Alembic, Pydantic, pytest',
  experimental: false,
  layers: [
    ...pythonLayers({ sqlalchemy: true, gunicorn: true, openapi: true, swaggerUi: true }),
    { dir: 'stacks/python/flask/templates/base' },
    { dir: 'stacks/python/flask/templates/auth', when: (ctx) => ctx.auth.users },
    { dir: 'stacks/python/flask/templates/jwt', when: (ctx) => ctx.auth.bearer },
    { dir: 'stacks/python/flask/templates/session', when: (ctx) => ctx.auth.cookie },
  ],

  commands: () => ({
    ...PYTHON_COMMANDS,
    typecheck: 'uv run mypy',
    migrate: 'uv run alembic upgrade head',
    // gunicorn.conf.py binds 0.0.0.0:$PORT and names the app factory (no shell needed).
    start: 'uv run gunicorn --config gunicorn.conf.py',
    dev: 'uv run flask --app app run --debug --port 3000',
  }),

  pythonManifest: (ctx: Context) => ({
    buildSystem: PYTHON_BUILD_SYSTEM,
    dependencies: pythonPick([
      'flask',
      'flask-cors',
      'sqlalchemy',
      'alembic',
      'pydantic',
      'pydantic-settings',
      'spectree',
      'offapi',
      'gunicorn',
      'python-dotenv',
      ...pythonDrivers(ctx),
      ctx.auth.users && 'argon2-cffi',
      ctx.auth.bearer && 'flask-jwt-extended',
    ]),
    // PyJWT: the tests forge tokens with it (the app signs and checks them through Flask-JWT-Extended).
    devDependencies: pythonPick(['pytest', 'pytest-cov', 'ruff', 'mypy', ctx.auth.bearer && 'pyjwt', ...pythonDevDrivers(ctx)]),
    tool: {
      ...pythonTooling({ mypy: { files: ['app', 'tests'], plugins: ['pydantic.mypy'] } }),
      // Alembic reads this table; the database URL comes from DATABASE_URL (migrations/env.py).
      alembic: {
        script_location: '%(here)s/migrations',
        prepend_sys_path: ['.'],
      },
    },
  }),

  docs: (ctx) => {
    const auth = ctx.auth.users;
    const authFiles = ctx.auth.bearer
      ? ['app/auth/routes.py', 'app/lib/passwords.py', 'app/auth/tokens.py', 'app/auth/current_user.py', 'app/lib/login_limit.py']
      : ['app/auth/routes.py', 'app/lib/passwords.py', 'app/auth/sessions.py', 'app/auth/current_user.py', 'app/lib/login_limit.py'];
    return {
      sourceDir: 'app/',
      evidence: {
        sql: ['migrations/versions/0001_initial.py', 'app/models.py', 'app/tasks/repository.py', 'app/database.py'],
        rest: ['app/tasks/routes.py', 'app/tasks/schemas.py', 'app/openapi.py', 'app/errors.py', 'app/lib/pagination.py'],
        auth: auth ? authFiles : ['app/web.py (security headers, CORS)', 'app/validation.py'],
        testing: ['tests/unit/', 'tests/integration/', 'pyproject.toml ([tool.pytest])'],
      },
    };
  },
};
