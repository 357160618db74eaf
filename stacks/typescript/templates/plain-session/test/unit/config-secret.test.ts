import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

const base = { DATABASE_URL: 'sqlite:///data/test.db' };

describe('SESSION_SECRET', () => {
  it('is required in production: no built-in default', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: '' })).toThrow(
      /SESSION_SECRET/,
    );
  });

  it('must be at least 32 characters', () => {
    expect(() => loadConfig({ ...base, SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    const secret = 'x'.repeat(32);
    const { config } = loadConfig({ ...base, NODE_ENV: 'production', SESSION_SECRET: secret });
    expect(config.sessionSecret).toBe(secret);
  });

  it('falls back to a random per-process secret in development, with a warning', () => {
    const first = loadConfig({ ...base, NODE_ENV: 'development' });
    const second = loadConfig({ ...base, NODE_ENV: 'development' });
    expect(first.config.sessionSecret).toHaveLength(64);
    expect(first.config.sessionSecret).not.toBe(second.config.sessionSecret);
    expect(first.warnings).toEqual([expect.stringContaining('SESSION_SECRET')]);
  });

  it('refuses CORS_ORIGINS=* at startup: session cookies are credentials', () => {
    const secret = { SESSION_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...base, ...secret, CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ ...base, ...secret, CORS_ORIGINS: 'https://a.example,*' })).toThrow(
      /CORS_ORIGINS/,
    );
    const { config } = loadConfig({ ...base, ...secret, CORS_ORIGINS: 'https://a.example' });
    expect(config.corsOrigins).toEqual(['https://a.example']);
  });
});
