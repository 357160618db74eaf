/** Files built from data: their safe defaults and that they follow the answers. */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { withDefaults } from '../../src/answers.js';
import { buildContext } from '../../src/context.js';
import { composeYaml, dependabotYaml, envExample, packageJson, reproduceCommand } from '../../src/render/manifests.js';

const ctx = (a: Record<string, string>) => buildContext({ ...withDefaults(a), name: 'demo-api', git: true, install: false }, '0.1.0');

describe('compose.yaml', () => {
  it('runs migrations before the app and the database server first', () => {
    const doc = parseYaml(composeYaml(ctx({ database: 'postgres' })));
    expect(doc.services.app.depends_on).toEqual({ db: { condition: 'service_healthy' }, migrate: { condition: 'service_completed_successfully' } });
    expect(doc.services.db.environment.POSTGRES_DB).toBe('demo_api');
  });
  it('keeps SQLite on a volume and has no db service', () => {
    const doc = parseYaml(composeYaml(ctx({ database: 'sqlite' })));
    expect(doc.services.db).toBeUndefined();
    expect(doc.services.app.volumes).toEqual(['appdata:/app/data']);
  });
  it('requires the auth secret from the environment', () => {
    const doc = parseYaml(composeYaml(ctx({ auth: 'session' })));
    expect(doc.services.app.environment.SESSION_SECRET).toMatch(/^\$\{SESSION_SECRET:\?/);
  });
});

describe('.env.example', () => {
  it('leaves the secret empty and names the environment variable of the language', () => {
    expect(envExample(ctx({ auth: 'jwt' }))).toMatch(/^JWT_SECRET=$/m);
    expect(envExample(ctx({ framework: 'flask' }))).toMatch(/^APP_ENV=development$/m);
    expect(envExample(ctx({ auth: 'none' }))).not.toMatch(/SECRET/);
  });
});

describe('package.json', () => {
  it('exists for Node stacks only and lists the driver of the chosen database', () => {
    expect(packageJson(ctx({ framework: 'fastapi' }))).toBeUndefined();
    const pkg = JSON.parse(packageJson(ctx({ framework: 'express', database: 'mysql' }))!);
    expect(Object.keys(pkg.dependencies)).toContain('mysql2');
    expect(Object.keys(pkg.dependencies)).not.toContain('pg');
  });
});

describe('reproduce command', () => {
  it('names every answer except the package manager of a stack without one', () => {
    expect(reproduceCommand(ctx({ framework: 'django' }))).toBe(
      'npm create backend-roadmap@latest demo-api -- --language python --framework django --database postgres --auth jwt --cloud none --git --no-install',
    );
  });
});

describe('dependabot.yml', () => {
  it("updates the language's packages and the workflow's actions", () => {
    for (const [framework, ecosystem] of [['express', 'npm'], ['django', 'uv']] as const) {
      const doc = parseYaml(dependabotYaml(ctx({ framework })));
      expect(doc.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem'])).toEqual([ecosystem, 'github-actions']);
    }
  });
});
