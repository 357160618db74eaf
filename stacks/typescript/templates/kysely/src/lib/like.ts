/**
 * Helpers for a literal, case-insensitive substring search that behaves the same on PostgreSQL,
 * MySQL and SQLite: `lower(column) like lower(?) escape '!'`, always with a bound parameter.
 */
export const LIKE_ESCAPE = '!';

/** Escapes LIKE's wildcards (`%`, `_`) and the escape character itself. */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (char) => `${LIKE_ESCAPE}${char}`);
}

/** The pattern matching any value that contains `text` literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}
