import { describe, expect, it } from 'vitest';
import { isForeignKeyViolation, isUniqueViolation } from '../../src/db/errors.ts';

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

describe('isForeignKeyViolation', () => {
  it("recognises each driver's foreign key error", () => {
    expect(isForeignKeyViolation({ code: '23503' })).toBe(true); // PostgreSQL
    expect(isForeignKeyViolation({ errno: 1452 })).toBe(true); // MySQL: ER_NO_REFERENCED_ROW_2
    expect(isForeignKeyViolation({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' })).toBe(true); // SQLite
  });

  it('is false for everything else', () => {
    expect(isForeignKeyViolation({ code: '23505' })).toBe(false); // unique violation
    expect(isForeignKeyViolation(new Error('connection refused'))).toBe(false);
    expect(isForeignKeyViolation(undefined)).toBe(false);
  });
});
