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

/**
 * True when a write named a row that doesn't exist through a FOREIGN KEY (a task for an account
 * deleted since its token was issued). PostgreSQL: SQLSTATE 23503; MySQL/MariaDB:
 * ER_NO_REFERENCED_ROW_2 (1452); SQLite: SQLITE_CONSTRAINT_FOREIGNKEY.
 */
export function isForeignKeyViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, errno } = err as DriverError;
  return (
    code === '23503' ||
    code === 'ER_NO_REFERENCED_ROW_2' ||
    errno === 1452 ||
    code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
  );
}
