/**
 * Python + Django 5.2 LTS with Django REST Framework: ModelViewSet and function views, Django
 * migrations, PostgreSQL (psycopg 3), MySQL (PyMySQL) or SQLite, argon2 password hashing via
 * Django's hashers, PyJWT bearer tokens or server-side cookie sessions, gunicorn, pytest with
 * pytest-django, Ruff and mypy with django-stubs. uv manages the environment.
 *
 * Sync Django (WSGI + gunicorn threads) rather than ASGI: the ORM is synchronous, DRF has no
 * async views, and a thread pool serves this API's blocking database calls simply.
 * Django 5.2 is the newest release that still runs on Python 3.11 (6.0 needs 3.12).
 */
import type { Context } from '../../../src/context.js';
import type { StackDescriptor } from '../../types.js';

/** Every dependency the stack can use, as PEP 508 ranges. Manifests pick from here. */
const VERSIONS = {
  // runtime
  django: 'django>=5.2.19,<5.3',
  djangorestframework: 'djangorestframework>=3.18.3',
  'django-cors-headers': 'django-cors-headers>=4.9.0',
  gunicorn: 'gunicorn>=27.0.1',
  'python-dotenv': 'python-dotenv>=1.2.4',
  psycopg: 'psycopg[binary]>=3.3.9',
  pymysql: 'pymysql>=1.2.4',
  // PyMySQL needs it for MySQL 8+'s default caching_sha2_password authentication.
  cryptography: 'cryptography>=50.0.2',
  'argon2-cffi': 'argon2-cffi>=25.1.0',
  pyjwt: 'pyjwt>=2.15.1',
  // tooling
  pytest: 'pytest>=9.2.0',
  'pytest-django': 'pytest-django>=4.14.0',
  ruff: 'ruff>=0.17.6',
  // django-stubs 5.2.x describes Django 5.2 and pins the mypy it supports.
  'django-stubs': 'django-stubs[compatible-mypy]>=5.2.9,<6',
  'djangorestframework-stubs': 'djangorestframework-stubs>=3.16.9,<3.17',
  'types-pymysql': 'types-pymysql>=1.2.0.20260923',
} as const;

type Package = keyof typeof VERSIONS;

function pick(names: Array<Package | false>): string[] {
  return names.filter((name): name is Package => name !== false).map((name) => VERSIONS[name]);
}

export const django: StackDescriptor = {
  id: 'django',
  language: 'python',
  label: 'Django 5 + DRF',
  hint: 'Django REST Framework, Django ORM, pytest',
  experimental: false,
  layers: [
    { dir: 'stacks/python/templates/base' },
    { dir: 'stacks/python/django/templates/base' },
    { dir: 'stacks/python/django/templates/auth', when: (ctx) => ctx.auth.users },
    { dir: 'stacks/python/django/templates/jwt', when: (ctx) => ctx.auth.bearer },
    { dir: 'stacks/python/django/templates/session', when: (ctx) => ctx.auth.cookie },
  ],

  commands: () => ({
    install: 'uv sync',
    build: '',
    lint: 'uv run ruff check . && uv run ruff format --check .',
    typecheck: 'uv run mypy .',
    migrate: 'uv run python manage.py migrate --noinput',
    test: 'uv run pytest',
    start: 'uv run gunicorn --config gunicorn.conf.py app.wsgi',
    dev: 'uv run python manage.py runserver',
  }),

  pythonManifest: (ctx: Context) => ({
    dependencies: pick([
      'django',
      'djangorestframework',
      'django-cors-headers',
      'gunicorn',
      'python-dotenv',
      ctx.db.postgres && 'psycopg',
      ctx.db.mysql && 'pymysql',
      ctx.db.mysql && 'cryptography',
      ctx.auth.users && 'argon2-cffi',
      ctx.auth.bearer && 'pyjwt',
    ]),
    devDependencies: pick([
      'pytest',
      'pytest-django',
      'ruff',
      'django-stubs',
      'djangorestframework-stubs',
      ctx.db.mysql && 'types-pymysql',
    ]),
    tool: {
      ruff: {
        'line-length': 100,
        'target-version': 'py311',
        lint: {
          // pycodestyle, pyflakes, isort, naming, pyupgrade, bugbear, simplify, Django, bandit
          select: ['E', 'W', 'F', 'I', 'N', 'UP', 'B', 'SIM', 'DJ', 'S', 'RUF'],
          // Django's declarative class attributes (Meta.fields, ...) are lists by convention;
          // exception names follow the HTTP status they stand for (Conflict, RateLimited).
          ignore: ['RUF012', 'N818'],
          'per-file-ignores': {
            // assert is how pytest tests check things; fixed passwords are test data
            'tests/**': ['S101', 'S105', 'S106'],
          },
        },
      },
      mypy: {
        strict: true,
        plugins: ['mypy_django_plugin.main', 'mypy_drf_plugin.main'],
        exclude: ['^\\.venv/'],
      },
      'django-stubs': { django_settings_module: 'app.settings' },
      pytest: {
        ini_options: {
          DJANGO_SETTINGS_MODULE: 'app.settings',
          testpaths: ['tests'],
          pythonpath: ['.'],
          addopts: '-ra --strict-markers',
        },
      },
    },
  }),

  docs: (ctx) => {
    const auth = ctx.auth.users;
    const jwt = ctx.auth.bearer;
    const layout = [
      { path: 'app/settings.py', what: 'Django settings, all read from the environment' },
      { path: 'app/urls.py', what: 'Every route; the last pattern is the JSON 404 for unknown paths' },
      { path: 'app/core/', what: 'DATABASE_URL parsing, the error body and DRF exception handler, logging, middleware, health and docs views' },
      ...(auth
        ? [{ path: 'app/accounts/', what: `Users, password hashing, login rate limit, ${jwt ? 'JWT' : 'session'} authentication, auth views` }]
        : []),
      { path: 'app/tasks/', what: 'The Task model, serializer (validation), list query parsing and the ModelViewSet' },
      { path: 'app/*/migrations/', what: 'Checked-in schema migrations (run by the migrate command)' },
      {
        path: 'tests/unit/',
        what:
          'Fast tests of pure logic: configuration, validation, query parsing, errors' +
          (auth ? `, password hashing, rate limit, ${jwt ? 'tokens' : 'session ids and CSRF tokens'}` : ''),
      },
      { path: 'tests/integration/', what: 'HTTP tests through the whole Django stack against the real database' },
      { path: 'manage.py', what: "Django's command line: migrate, runserver, shell" },
      { path: 'gunicorn.conf.py', what: 'Production server: port, threads, graceful shutdown, JSON logs' },
      { path: 'Dockerfile', what: 'Multi-stage production image (non-root, health check)' },
      { path: '.github/workflows/ci.yml', what: 'Lint, typecheck, migrate and test on every push; build the image' },
    ];
    return {
      sourceDir: 'app/',
      evidence: {
        sql: [
          'app/tasks/models.py',
          'app/tasks/migrations/0001_initial.py',
          ...(auth ? ['app/accounts/migrations/'] : []),
          'app/tasks/query.py',
          'app/core/env.py',
        ],
        rest: ['app/urls.py', 'app/tasks/views.py', 'app/tasks/serializers.py', 'app/core/errors.py', 'app/core/pagination.py'],
        auth: auth
          ? [
              'app/accounts/passwords.py',
              'app/accounts/login.py',
              'app/accounts/rate_limit.py',
              jwt ? 'app/accounts/tokens.py' : 'app/accounts/sessions.py',
              'app/accounts/authentication.py',
              'app/accounts/permissions.py',
              'app/settings.py',
            ]
          : ['app/settings.py (security headers, CORS)', 'app/core/middleware.py', 'app/tasks/serializers.py'],
        testing: ['tests/unit/', 'tests/integration/', 'tests/conftest.py'],
      },
      layout,
    };
  },
};
