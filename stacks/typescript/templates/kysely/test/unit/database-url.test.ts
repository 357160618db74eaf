import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/db/database-url.ts';

describe('parseDatabaseUrl', () => {
  it('accepts postgresql:// and the postgres:// alias', () => {
    const url = 'postgresql://app:secret@db.example.com:5432/app';
    expect(parseDatabaseUrl(url)).toEqual({ dialect: 'postgres', connectionString: url });
    expect(parseDatabaseUrl('postgres://a:b@localhost/app').dialect).toBe('postgres');
  });

  it('accepts mysql://', () => {
    const url = 'mysql://root:root@127.0.0.1:3306/app';
    expect(parseDatabaseUrl(url)).toEqual({ dialect: 'mysql', connectionString: url });
  });

  it('reads sqlite:///path as a path relative to the working directory', () => {
    expect(parseDatabaseUrl('sqlite:///data/app.db')).toEqual({
      dialect: 'sqlite',
      filename: 'data/app.db',
    });
  });

  it('reads sqlite:////path as an absolute path', () => {
    expect(parseDatabaseUrl('sqlite:////var/lib/app/app.db')).toEqual({
      dialect: 'sqlite',
      filename: '/var/lib/app/app.db',
    });
  });

  it('rejects a SQLite URL without a path', () => {
    expect(() => parseDatabaseUrl('sqlite://')).toThrow(/sqlite:\/\/\/data\/app.db/);
  });

  it('rejects other schemes without echoing the URL (it may hold a password)', () => {
    let message = '';
    try {
      parseDatabaseUrl('mongodb://user:hunter2@localhost/app');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/Unsupported DATABASE_URL scheme "mongodb"/);
    expect(message).not.toContain('hunter2');
  });
});
