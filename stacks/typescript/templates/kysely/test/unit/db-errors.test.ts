import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../src/db/errors.ts';

describe('isUniqueViolation', () => {
  it("recognises each driver's duplicate-key error", () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true); // PostgreSQL
    expect(isUniqueViolation({ code: 'ER_DUP_ENTRY', errno: 1062 })).toBe(true); // MySQL
    expect(isUniqueViolation({ code: 'SQLITE_CONSTRAINT_UNIQUE' })).toBe(true); // SQLite
  });

  it('ignores every other error', () => {
    expect(isUniqueViolation({ code: '23503' })).toBe(false); // foreign key violation
    expect(isUniqueViolation(new Error('connection refused'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
