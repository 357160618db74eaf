/** Driver error fields we look at; each driver names them differently. */
interface DriverError {
  code?: unknown;
  errno?: unknown;
}

/**
 * True when a write broke a UNIQUE constraint (e.g. two sign-ups racing for one email).
 * PostgreSQL: SQLSTATE 23505; MySQL/MariaDB: ER_DUP_ENTRY (1062); SQLite: SQLITE_CONSTRAINT_UNIQUE.
 */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, errno } = err as DriverError;
  return (
    code === '23505' ||
    code === 'ER_DUP_ENTRY' ||
    errno === 1062 ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
