import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  corsOrigin,
  loadConfig,
  parseList,
  parseTrustProxy,
} from '../../src/config.ts';

const base = { DATABASE_URL: 'sqlite:///data/test.db', NODE_ENV: 'test' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const { config } = loadConfig(base);
    expect(config).toMatchObject({ port: 3000, corsOrigins: [], trustProxy: false });
    expect(config.adminEmail).toBeUndefined();
  });

  it('requires DATABASE_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'test' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test' })).toThrow(/DATABASE_URL is required/);
  });

  it('rejects an invalid PORT, NODE_ENV or LOG_LEVEL, naming each', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, NODE_ENV: 'staging', LOG_LEVEL: 'loud' })).toThrow(
      /NODE_ENV[\s\S]*LOG_LEVEL/,
    );
  });

  it('reads PORT as a number, treats an empty variable as unset and normalises ADMIN_EMAIL', () => {
    expect(loadConfig({ ...base, PORT: '8080' }).config.port).toBe(8080);
    const { config } = loadConfig({ ...base, PORT: '', ADMIN_EMAIL: ' Boss@Example.COM ' });
    expect(config.port).toBe(3000);
    expect(config.adminEmail).toBe('boss@example.com');
  });

  it('logs nothing in tests unless LOG_LEVEL says otherwise', () => {
    expect(loadConfig(base).config.logLevel).toBe('silent');
    expect(loadConfig({ ...base, LOG_LEVEL: 'debug' }).config.logLevel).toBe('debug');
  });
});

describe('list and proxy settings', () => {
  it('splits CORS_ORIGINS on commas', () => {
    expect(parseList(' https://a.example , https://b.example,, ')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(parseList(undefined)).toEqual([]);
  });

  it('turns CORS_ORIGINS into the CORS origin option: none, any (*) or a list', () => {
    expect(corsOrigin([])).toBe(false);
    expect(corsOrigin(['*'])).toBe('*');
    expect(corsOrigin(['https://a.example', '*'])).toBe('*');
    expect(corsOrigin(['https://a.example'])).toEqual(['https://a.example']);
  });

  it('reads TRUST_PROXY as a boolean, a hop count or addresses', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('true')).toBe(true);
    const oneHop = parseTrustProxy('1');
    expect(typeof oneHop === 'function' && [oneHop('10.0.0.1', 0), oneHop('10.0.0.2', 1)]).toEqual([
      true,
      false,
    ]);
    expect(parseTrustProxy('127.0.0.1,10.0.0.0/8')).toBe('127.0.0.1,10.0.0.0/8');
  });
});
