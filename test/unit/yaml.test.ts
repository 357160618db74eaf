import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from '../../src/render/yaml.js';
import { parse as parseToml } from 'smol-toml';
import { toToml } from '../../src/render/toml.js';

// The emitter is checked against an independent YAML parser: what we write must read back equal.
describe('toYaml', () => {
  const roundTrip = (value: unknown) => expect(parse(toYaml(value as never))).toEqual(value);

  it('round-trips nested maps and lists', () => {
    roundTrip({ services: { app: { build: '.', ports: ['3000:3000'], command: ['sh', '-c', 'npm run db:migrate'] } }, volumes: { pgdata: {} } });
  });
  it('quotes strings that would otherwise change type or meaning', () => {
    roundTrip({ a: 'true', b: '3000', c: 'no', d: '1e3', e: 'null', f: '', g: 'x: y', h: '#not-a-comment', i: '- dash', j: '0x1f' });
  });
  it('keeps compose variable interpolation intact', () => {
    roundTrip({ JWT_SECRET: '${JWT_SECRET:?set JWT_SECRET in .env (openssl rand -hex 32)}', LOG: '${LOG_LEVEL:-info}' });
  });
  it('writes numbers and booleans as such', () => {
    roundTrip({ retries: 10, enabled: false, nothing: null });
  });
  it('handles lists of maps', () => {
    roundTrip({ steps: [{ uses: 'actions/checkout@v5' }, { run: 'npm ci', name: 'Install' }] });
  });
  it('handles empty lists and maps', () => {
    roundTrip({ a: [], b: {} });
  });
});

describe('toToml', () => {
  const roundTrip = (value: Record<string, unknown>) => expect(parseToml(toToml(value as never))).toEqual(value);

  it('round-trips a pyproject-shaped document', () => {
    roundTrip({
      project: { name: 'demo-api', version: '0.1.0', 'requires-python': '>=3.11', dependencies: ['fastapi>=0.165', 'sqlalchemy[asyncio]>=2.1'] },
      'dependency-groups': { dev: ['pytest>=9', 'ruff>=0.17'] },
      tool: { ruff: { 'line-length': 100, lint: { select: ['E', 'F', 'I'] } }, pytest: { ini_options: { testpaths: ['tests'] } } },
    });
  });
  it('quotes keys and strings that need it', () => {
    roundTrip({ 'a.b': { 'x y': 'quote "me"', n: 1, t: true } });
  });
});
