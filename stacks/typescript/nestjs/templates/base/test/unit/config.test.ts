import { ConfigService } from '@nestjs/config';
import { Test } from '@nestjs/testing';
import { describe, expect, it } from 'vitest';
import { ConfigModule } from '../../src/config/config.module.ts';
import {
  AppConfig,
  ConfigError,
  corsOrigin,
  loadConfig,
  parseList,
  parseTrustProxy,
} from '../../src/config/config.ts';

const base = { DATABASE_URL: 'sqlite:///data/test.db', NODE_ENV: 'test' };

describe('loadConfig', () => {
  it('applies defaults', () => {
    const { config } = loadConfig(base);
    expect(config).toMatchObject({ port: 3000, corsOrigins: [], trustProxy: false });
    expect(config.adminEmail).toBeUndefined();
  });

  it('requires DATABASE_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'test' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test' })).toThrow(/DATABASE_URL/);
  });

  it('rejects an invalid PORT', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ...base, PORT: '70000' })).toThrow(/PORT/);
  });

  it('treats an empty variable as unset and normalises ADMIN_EMAIL', () => {
    const { config } = loadConfig({ ...base, PORT: '', ADMIN_EMAIL: ' Boss@Example.COM ' });
    expect(config.port).toBe(3000);
    expect(config.adminEmail).toBe('boss@example.com');
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
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8');
  });
});

describe('LOG_LEVEL', () => {
  it('is silent in tests and info otherwise, unless set', () => {
    expect(loadConfig(base).config.logLevel).toBe('silent');
    expect(loadConfig({ ...base, NODE_ENV: 'development' }).config.logLevel).toBe('info');
    expect(loadConfig({ ...base, LOG_LEVEL: 'debug' }).config.logLevel).toBe('debug');
    expect(() => loadConfig({ ...base, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

describe('ConfigModule', () => {
  it('provides the validated settings as AppConfig and through ConfigService', async () => {
    const { config } = loadConfig({ ...base, PORT: '8081' });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config)],
    }).compile();
    expect(moduleRef.get(AppConfig)).toBe(config);
    const settings = moduleRef.get(ConfigService);
    expect(settings.get('port')).toBe(8081);
    expect(settings.get('databaseUrl')).toBe(base.DATABASE_URL);
    await moduleRef.close();
  });
});
