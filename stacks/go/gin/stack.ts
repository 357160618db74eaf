/**
 * Go + Gin 1.12: the router layer only. Everything below it is shared by the Go stacks
 * (stacks/go/language.ts): sqlx over PostgreSQL (pgx), MySQL (go-sql-driver) or SQLite
 * (modernc.org, pure Go, so CGO_ENABLED=0 builds a static binary), goose migrations embedded
 * in the binary, validator v10, argon2id, golang-jwt or server-side sessions, slog, testify +
 * net/http/httptest.
 *
 * Choices:
 * - sqlx, not sqlc: sqlc generates code from one query set per database engine, and these
 *   projects target three engines; with sqlx one set of hand-written, parameterised queries
 *   (rebound to $1 or ? per driver) serves all three, and the SQL stays in plain view.
 * - Cross-cutting middleware (request id, JSON access logs, recover, security headers, CORS)
 *   is plain net/http wrapped around the Gin engine, so it also covers 404s and 405s and is the
 *   same code under Echo. Gin's own middleware is used for what depends on the route: the
 *   authenticated user and the admin role (internal/auth/middleware.go).
 * - Handlers call router-neutral parsing and services (internal/httpx, internal/<feature>) and
 *   only translate to Gin: c.JSON for success, web.Fail for the uniform error body.
 */
import type { StackDescriptor } from '../../types.js';
import { GO_MIGRATE_THEN_START, goCommands, goEvidence, goLayers, goMod } from '../language.js';

export const gin: StackDescriptor = {
  id: 'gin',
  language: 'go',
  label: 'Gin 1.12',
  hint: 'sqlx, goose, validator, testify',
  experimental: false,
  layers: goLayers('gin'),
  commands: goCommands,
  migrateThenStart: GO_MIGRATE_THEN_START,
  files: (ctx) => ({ 'go.mod': goMod(ctx, ['github.com/gin-gonic/gin']) }),
  docs: (ctx) => ({
    sourceDir: 'internal/',
    evidence: goEvidence(ctx),
  }),
};
