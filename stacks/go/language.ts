/**
 * What every Go stack shares, defined once: the module versions (one table), the template
 * layers that are framework-neutral (config, database, migrations, the HTTP error envelope,
 * JSON decoding rules, middleware, repositories, services, auth, tests, Dockerfile, CI), the
 * commands and the go.mod builder. A Go stack descriptor adds only its router layer.
 *
 * go.sum: the generator cannot know module hashes offline, so `install` is `go mod tidy`, which
 * resolves the modules go.mod names, downloads them and writes go.sum (as `uv sync` writes
 * uv.lock). The CLI's post-install step runs it, so the project's first commit has go.sum; with
 * go.sum committed, `go mod tidy` changes nothing. CI never writes it: the workflow runs
 * `go mod download` and `go mod tidy -diff`, which fails when go.mod or go.sum would change.
 */
import type { Context } from '../../src/context.js';
import type { LanguageFacts, LayerRef, StackCommands } from '../types.js';

/**
 * Tools the commands and CI run, pinned (`go run <module>@<version>` in CI). golangci-lint runs
 * from its module rather than through golangci-lint-action: no release commit of that action
 * could be established to pin it by SHA here, and an unpinned action is a supply-chain risk.
 */
export const GO_TOOLS = {
  staticcheck: 'honnef.co/go/tools/cmd/staticcheck@v0.8.2',
  golangciLint: 'github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.15.0',
  // govulncheck, the CI's audit step, is pinned with the other audit tools (src/choices/package-managers.ts).
};

/**
 * THE Go version, once: the toolchain the projects are built and verified with. Everything
 * else derives from it: go.mod's `go 1.26.0` (the language version; the x/ modules already
 * require 1.26.0, so `go mod tidy` keeps it) and `toolchain go1.26.8` lines (goMod), CI (setup-go
 * reads the toolchain line through go-version-file), the Dockerfile's golang image
 * (lang.version), the README and the preflight (Go 1.26+).
 */
export const GO_TOOLCHAIN = '1.26.8';
export const GO_VERSION = GO_TOOLCHAIN.split('.').slice(0, 2).join('.');

export const go: LanguageFacts = {
  id: 'go',
  label: 'Go',
  prompt: 'Go',
  hint: 'one static binary, high throughput',
  version: GO_TOOLCHAIN,
  minVersion: GO_VERSION,
  runtime: `Go ${GO_VERSION}+`,
  envName: 'APP_ENV',
  pgSslMode: 'require',
  imageHasShell: false,
  // internal/db/embedded.go: PostgreSQL's initdb refuses to run as root.
  embeddedPostgres: { unprivileged: true },
  tools: GO_TOOLS,
  packageManager: 'go',
  dependabot: 'gomod',
  probe: 'go version',
  toolchain: {
    runtime: { label: 'Go', command: ['go', 'version'], min: GO_VERSION, install: `install Go ${GO_VERSION} or newer from https://go.dev/dl/` },
  },
  // commands.test writes coverage.out, then tools/coverage writes the report (GO_TEST_COMMAND).
  coverage: { report: 'coverage/', open: 'coverage/index.html' },
  // Anchored to the project root: a bare `coverage/` would also ignore tools/coverage/, the code.
  gitignore: ['# Build output and coverage', '/bin/', '/coverage.out', '/coverage/'],
};

/**
 * The tests with coverage: every package's tests count towards every package (-coverpkg), so
 * the HTTP tests cover the repositories and services they go through; then tools/coverage
 * (a few lines in the project: Go has no coverage floor of its own) leaves out the wiring and
 * the development database, prints the figures, writes the HTML report and fails under
 * COVERAGE_THRESHOLD. CI runs this same command with GOFLAGS=-race.
 */
export const GO_TEST_COMMAND = 'go test -coverpkg=./... -coverprofile=coverage.out ./... && go run ./tools/coverage';

/** Every module a Go stack can require, at current versions (checked with `go list -m -versions`). */
export const GO_VERSIONS = {
  'github.com/gin-gonic/gin': 'v1.12.0',
  'github.com/labstack/echo/v5': 'v5.4.6',
  'github.com/jmoiron/sqlx': 'v1.4.0',
  'github.com/pressly/goose/v3': 'v3.30.1',
  'github.com/jackc/pgx/v5': 'v5.13.0',
  'github.com/go-sql-driver/mysql': 'v1.10.1',
  'modernc.org/sqlite': 'v1.62.0',
  'github.com/golang-jwt/jwt/v5': 'v5.3.1',
  'golang.org/x/crypto': 'v0.59.0',
  'github.com/go-playground/validator/v10': 'v10.30.6',
  'github.com/google/uuid': 'v1.6.0',
  'github.com/joho/godotenv': 'v1.5.1',
  // Readable, coloured log lines in development (JSON elsewhere): internal/config/logger.go.
  'github.com/lmittmann/tint': 'v1.2.1',
  // Swagger UI's files as an embed.FS, so /docs needs no CDN.
  'github.com/swaggo/files/v2': 'v2.0.2',
  // /openapi.json built from the code: openapi3gen reflects the handlers' structs (internal/docs).
  'github.com/getkin/kin-openapi': 'v0.153.0',
  'github.com/stretchr/testify': 'v1.12.1',
  // PostgreSQL with no server to install: development and the tests without DATABASE_URL
  // (left out of the production build by the `production` build tag).
  'github.com/fergusstrange/embedded-postgres': 'v1.34.0',
  // Cross-process file locks: the test processes `go test ./...` runs in parallel share one database.
  'github.com/gofrs/flock': 'v0.13.2',
} as const;

export type GoModule = keyof typeof GO_VERSIONS;

/** go.mod from data: the module path is the project name; `go mod tidy` adds the indirect requirements. */
export function goMod(ctx: Context, framework: GoModule[]): string {
  const modules: Array<GoModule | false> = [
    ...framework,
    'github.com/jmoiron/sqlx',
    'github.com/pressly/goose/v3',
    ctx.db.postgres && 'github.com/jackc/pgx/v5',
    ctx.db.postgres && 'github.com/fergusstrange/embedded-postgres',
    ctx.db.server && 'github.com/gofrs/flock',
    ctx.db.mysql && 'github.com/go-sql-driver/mysql',
    ctx.db.sqlite && 'modernc.org/sqlite',
    ctx.auth.bearer && 'github.com/golang-jwt/jwt/v5',
    ctx.auth.users && 'golang.org/x/crypto',
    'github.com/go-playground/validator/v10',
    'github.com/google/uuid',
    'github.com/joho/godotenv',
    'github.com/lmittmann/tint',
    'github.com/swaggo/files/v2',
    'github.com/getkin/kin-openapi',
    'github.com/stretchr/testify',
  ];
  const chosen = modules.filter((m): m is GoModule => m !== false).sort();
  const width = Math.max(...chosen.map((m) => m.length));
  return [
    `module ${ctx.projectName}`,
    '',
    `go ${GO_VERSION}.0`,
    '',
    `toolchain go${GO_TOOLCHAIN}`,
    '',
    'require (',
    ...chosen.map((m) => `\t${m.padEnd(width)} ${GO_VERSIONS[m]}`),
    ')',
    '',
  ].join('\n');
}

/** The shared layers, before and after the framework's own (`stacks/go/<framework>/templates/...`). */
export function goLayers(framework: string): LayerRef[] {
  const own = `stacks/go/${framework}/templates`;
  return [
    { dir: 'stacks/go/templates/base' },
    { dir: 'stacks/go/templates/db-postgres', when: (ctx) => ctx.db.postgres },
    { dir: 'stacks/go/templates/db-mysql', when: (ctx) => ctx.db.mysql },
    { dir: 'stacks/go/templates/db-sqlite', when: (ctx) => ctx.db.sqlite },
    { dir: 'stacks/go/templates/db-server', when: (ctx) => ctx.db.server },
    { dir: 'stacks/go/templates/auth', when: (ctx) => ctx.auth.users },
    { dir: 'stacks/go/templates/noauth', when: (ctx) => !ctx.auth.users },
    { dir: 'stacks/go/templates/jwt', when: (ctx) => ctx.auth.bearer },
    { dir: 'stacks/go/templates/session', when: (ctx) => ctx.auth.cookie },
    { dir: `${own}/base` },
    { dir: `${own}/auth`, when: (ctx) => ctx.auth.users },
    { dir: `${own}/jwt`, when: (ctx) => ctx.auth.bearer },
    { dir: `${own}/session`, when: (ctx) => ctx.auth.cookie },
  ];
}

/** The image has no shell to chain commands in: the binary runs its subcommands in order. */
export const GO_MIGRATE_THEN_START = './bin/api migrate serve';

/** The same commands for every Go stack: one binary with serve, migrate and healthcheck. */
export function goCommands(): StackCommands {
  return {
    install: 'go mod tidy',
    // `-tags production` leaves the embedded PostgreSQL (internal/db/embedded.go) out of the binary.
    build: 'CGO_ENABLED=0 go build -tags production -trimpath -ldflags="-s -w" -o bin/api ./cmd/api',
    // gofmt -l prints unformatted files and exits 0, so its output decides.
    lint: 'test -z "$(gofmt -l .)" && go vet ./... && staticcheck ./...',
    typecheck: '',
    migrate: './bin/api migrate',
    test: GO_TEST_COMMAND,
    start: './bin/api serve',
    dev: 'go run ./cmd/api serve',
    // With --no-install the first commit still gets go.sum.
    lock: 'go mod tidy',
  };
}

/** Where the README's roadmap map points, the same files in every Go stack. */
export function goEvidence(ctx: Context) {
  return {
    sql: ['internal/db/migrations/00001_initial.sql', 'internal/tasks/repository.go', 'internal/db/db.go'],
    rest: ['internal/tasks/handler.go', 'internal/tasks/input.go', 'internal/httpx/errors.go', 'internal/httpx/decode.go'],
    auth: ctx.auth.users
      ? [
          'internal/auth/handler.go',
          'internal/auth/password.go',
          ctx.auth.bearer ? 'internal/auth/tokens.go' : 'internal/auth/sessions.go',
          'internal/auth/attempts.go',
        ]
      : ['internal/httpx/middleware.go (security headers)', 'internal/httpx/cors.go'],
    testing: ['internal/tasks/handler_test.go', 'internal/testutil/testutil.go', 'internal/httpx/decode_test.go'],
  };
}
