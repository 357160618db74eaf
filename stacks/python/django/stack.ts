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
import { PYTHON_BUILD_SYSTEM, PYTHON_COMMANDS, pythonDevDrivers, pythonDrivers, pythonLayers, pythonPick, pythonTooling } from '../language.js';

export const django: StackDescriptor = {
  id: 'django',
  language: 'python',
  label: 'Django 5 + DRF',
  hint: 'Django REST Framework, Django ORM, pytest',
  experimental: false,
  layers: [
    ...pythonLayers({ sqlalchemy: false, gunicorn: true, openapi: true }),
    { dir: 'stacks/python/django/templates/base' },
    // The database backend for the embedded PostgreSQL (no DATABASE_URL outside production).
    { dir: 'stacks/python/django/templates/embedded', when: (ctx) => ctx.db.postgres },
    { dir: 'stacks/python/django/templates/auth', when: (ctx) => ctx.auth.users },
    { dir: 'stacks/python/django/templates/jwt', when: (ctx) => ctx.auth.bearer },
    { dir: 'stacks/python/django/templates/session', when: (ctx) => ctx.auth.cookie },
  ],

  commands: () => ({
    ...PYTHON_COMMANDS,
    typecheck: 'uv run mypy .',
    migrate: 'uv run python manage.py migrate --noinput',
    start: 'uv run gunicorn --config gunicorn.conf.py app.wsgi',
    dev: 'uv run python manage.py runserver',
  }),

  pythonManifest: (ctx: Context) => ({
    buildSystem: PYTHON_BUILD_SYSTEM,
    dependencies: pythonPick([
      'django',
      'djangorestframework',
      'django-cors-headers',
      'drf-spectacular',
      'drf-spectacular-sidecar',
      'whitenoise',
      'gunicorn',
      'python-dotenv',
      ...pythonDrivers(ctx),
      ctx.auth.users && 'argon2-cffi',
      ctx.auth.bearer && 'djangorestframework-simplejwt',
    ]),
    // No mypy entry: django-stubs[compatible-mypy] brings the mypy it supports.
    devDependencies: pythonPick(['pytest', 'pytest-cov', 'pytest-django', 'ruff', 'django-stubs', 'djangorestframework-stubs', ...pythonDevDrivers(ctx)]),
    tool: {
      ...pythonTooling({
        extraRules: ['DJ'],
        // Django's declarative class attributes (Meta.fields, ...) are lists by convention.
        ignore: ['RUF012'],
        mypy: { plugins: ['mypy_django_plugin.main', 'mypy_drf_plugin.main'], exclude: ['^\\.venv/'] },
        pytest: { DJANGO_SETTINGS_MODULE: 'tests.settings' },
        // Migrations are generated code (applied by every test run); wsgi.py only wires gunicorn.
        coverageOmit: ['app/*/migrations/*', 'app/wsgi.py'],
      }),
      'django-stubs': { django_settings_module: 'app.settings' },
    },
  }),

  docs: (ctx) => {
    const auth = ctx.auth.users;
    const jwt = ctx.auth.bearer;
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
        rest: ['app/urls.py', 'app/tasks/views.py', 'app/tasks/serializers.py', 'app/core/errors.py', 'app/lib/pagination.py'],
        auth: auth
          ? [
              'app/accounts/passwords.py',
              'app/accounts/login.py',
              'app/lib/login_limit.py',
              jwt ? 'app/accounts/tokens.py' : 'app/accounts/sessions.py',
              'app/accounts/authentication.py',
              'app/accounts/permissions.py',
              'app/settings.py',
            ]
          : ['app/settings.py (security headers, CORS)', 'app/core/middleware.py', 'app/tasks/serializers.py'],
        testing: ['tests/unit/', 'tests/integration/', 'tests/conftest.py'],
      },
    };
  },
};
