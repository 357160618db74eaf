import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';

const base = { DATABASE_URL: 'sqlite:///data/test.db' };

describe('JWT_SECRET', () => {
  it('is required in production: no built-in default', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: '' })).toThrow(
      /JWT_SECRET/,
    );
  });

  it('must be long enough for HS256 (32+ characters)', () => {
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    const secret = 'x'.repeat(32);
    expect(
      loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: secret }).config.jwtSecret,
    ).toBe(secret);
  });

  it('falls back to a random per-process secret in development, with a warning', () => {
    const first = loadConfig({ ...base, NODE_ENV: 'development' });
    const second = loadConfig({ ...base, NODE_ENV: 'development' });
    expect(first.config.jwtSecret).toHaveLength(64);
    expect(first.config.jwtSecret).not.toBe(second.config.jwtSecret);
    expect(first.warnings).toEqual([expect.stringContaining('JWT_SECRET')]);
  });
});
