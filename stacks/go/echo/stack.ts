/**
 * Go + Echo v5: the router layer only; everything below it is shared by the Go stacks
 * (stacks/go/language.ts, the same as Gin's: sqlx, goose, validator v10, argon2id, golang-jwt
 * or server-side sessions, slog, testify + httptest).
 *
 * Choices:
 * - Echo v5 (handlers are `func(c *echo.Context) error`; v4 gets security fixes only until
 *   2026-12-31). Handlers return errors and one HTTPErrorHandler (internal/web) writes the
 *   uniform error body for them and for the router's 404s and 405s.
 * - Bearer tokens are checked by our own middleware on golang-jwt (HS256 only, expiry
 *   required) rather than echo-jwt: the check is a dozen lines worth reading, and it is the
 *   same code the Gin stack uses (internal/auth/bearer.go).
 * - sqlx, not sqlc: sqlc generates code from one query set per database engine; one set of
 *   parameterised queries here serves PostgreSQL, MySQL and SQLite.
 */
import type { StackDescriptor } from '../../types.js';
import { GO_MIGRATE_THEN_START, goCommands, goEvidence, goLayers, goMod } from '../language.js';

export const echo: StackDescriptor = {
  id: 'echo',
  language: 'go',
  label: 'Echo 5',
  hint: 'sqlx, goose, validator, testify',
  experimental: false,
  layers: goLayers('echo'),
  commands: goCommands,
  migrateThenStart: GO_MIGRATE_THEN_START,
  files: (ctx) => ({ 'go.mod': goMod(ctx, ['github.com/labstack/echo/v5']) }),
  docs: (ctx) => ({
    sourceDir: 'internal/',
    evidence: goEvidence(ctx),
  }),
};
