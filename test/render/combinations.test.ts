/**
 * Renders every combination in memory and checks what a user would trip over: manifests that do
 * not parse, unrendered {{ }}, GitHub expressions eaten by Handlebars, commands that name missing
 * scripts, a Dockerfile that does not run the project's own build/start commands, secrets.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import { buildContext } from '../../src/context.js';
import { sourceCompiler } from '../../src/render/compilers.js';
import { render, renderExplained, type RenderedFiles } from '../../src/render/engine.js';
import { allCombinations, label } from '../helpers/combinations.js';
import { ACTIONS, actionRef } from '../../src/choices/actions.js';

/** Every `uses:` line a workflow may contain: the pinned table, SHA and version comment as one. */
const PINNED_USES = new Set(Object.values(ACTIONS).map(actionRef));

const compile = await sourceCompiler();

const combos = allCombinations();
const text = (files: RenderedFiles, p: string) => {
  const c = files.get(p);
  if (c === undefined) throw new Error(`${p} was not generated`);
  return c.toString();
};

describe.each(combos.map((a) => [label(a), a] as const))('%s', (_, answers) => {
  const ctx = buildContext(answers, '0.1.0');
  const { files, origins } = renderExplained(ctx, compile);

  it('parses every JSON, YAML and TOML file', () => {
    for (const [p, c] of files) {
      if (p.endsWith('.json')) expect(() => JSON.parse(c.toString()), p).not.toThrow();
      if (/\.ya?ml$/.test(p)) expect(() => parseYaml(c.toString()), p).not.toThrow();
      if (p.endsWith('.toml')) expect(() => parseToml(c.toString()), p).not.toThrow();
    }
  });

  it('leaves no unrendered Handlebars and keeps GitHub ${{ }} expressions', () => {
    for (const [p, c] of files) {
      // Only rendered templates can leave Handlebars behind: copied files (Go's `[]T{{...}}`
      // literals) and requests.http (the HTTP clients' own {{variable}} syntax) use braces on purpose.
      if (!origins.get(p)?.endsWith('.hbs') || p === 'requests.http') continue;
      const s = c.toString();
      expect(s.match(/(?<!\$)\{\{/), `{{ left in ${p}`).toBeNull();
    }
    const workflows = [...files.keys()].filter((p) => p.startsWith('.github/workflows/'));
    expect(workflows.length).toBeGreaterThan(0);
    for (const p of workflows) expect(text(files, p)).toMatch(/\$\{\{ [a-z]/);
  });

  it('uses only actions from the pinned table (src/choices/actions.ts), with persist-credentials: false on checkout', () => {
    for (const p of [...files.keys()].filter((f) => f.startsWith('.github/workflows/'))) {
      const lines = text(files, p).split('\n');
      const uses = lines.flatMap((l, i) => (/^\s*(- )?uses:/.test(l) ? [{ ref: l.replace(/^\s*(- )?uses:\s*/, ''), at: i }] : []));
      expect(uses.length, p).toBeGreaterThan(0);
      for (const u of uses) {
        expect(PINNED_USES.has(u.ref), `${p}:${u.at + 1} ${u.ref}`).toBe(true);
        // No later step pushes to git, so checkout never leaves the token in .git/config.
        if (u.ref.startsWith(`${ACTIONS.checkout.repo}@`))
          expect(lines.slice(u.at + 1, u.at + 3).join('\n'), `${p}:${u.at + 1}`).toMatch(/with:\n\s+persist-credentials: false/);
      }
    }
  });

  it('is byte-identical when rendered again', () => {
    const again = render(buildContext(answers, '0.1.0'), compile);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [p, c] of files) expect(Buffer.compare(Buffer.from(again.get(p)!), Buffer.from(c)), p).toBe(0);
  });

  it('records answers, the reproducing command and every command in .backend-roadmap.json', () => {
    const meta = JSON.parse(text(files, '.backend-roadmap.json'));
    expect(meta.answers).toMatchObject({ framework: answers.framework, database: answers.database, auth: answers.auth, cloud: answers.cloud });
    expect(meta.command).toContain(`--database ${answers.database}`);
    for (const key of ['install', 'build', 'lint', 'typecheck', 'migrate', 'test', 'start', 'dev']) {
      expect(typeof meta.commands[key], key).toBe('string');
    }
    for (const key of ['install', 'migrate', 'test', 'start', 'dev']) expect(meta.commands[key].length, key).toBeGreaterThan(0);
  });

  it('only runs package.json scripts that exist', () => {
    if (!files.has('package.json')) return;
    const pkg = JSON.parse(text(files, 'package.json'));
    const run = ctx.pm.run;
    for (const command of Object.values(ctx.commands)) {
      const m = command.match(new RegExp(`^${run.replace(/ /g, ' ')} ([\\w:-]+)`));
      if (m) expect(pkg.scripts, `script ${m[1]}`).toHaveProperty(m[1]!);
    }
    expect(pkg.name).toBe('demo-api');
    expect(pkg.engines?.node).toBeTruthy();
  });

  it('has the file every package.json script runs with node (seed from src/, the rest from dist/)', () => {
    if (!files.has('package.json')) return;
    const scripts: Record<string, string> = JSON.parse(text(files, 'package.json')).scripts;
    for (const [name, script] of Object.entries(scripts)) {
      const file = /^node (?:--\S+ )*(\S+\.[jt]s)\b/.exec(script)?.[1];
      if (!file) continue;
      // tsc keeps src/'s layout in dist/: dist/db/migrate.js is compiled from src/db/migrate.ts.
      expect(files.has(file.replace(/^dist\/(.+)\.js$/, 'src/$1.ts')), `${name}: ${script}`).toBe(true);
    }
    if (ctx.lang.id === 'typescript') expect(scripts.seed).toBe('node src/db/seed.ts');
  });

  it('has a multi-stage, non-root Dockerfile with a health check that runs the same build and start commands', () => {
    const docker = text(files, 'Dockerfile');
    expect(docker.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2);
    const users = docker.match(/^USER (\S+)/gm) ?? [];
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/USER (root|0)\b/);
    expect(docker).toMatch(/^HEALTHCHECK /m);
    if (ctx.commands.build) expect(docker).toContain(`RUN ${ctx.commands.build}`);
    const cmd = docker.match(/^CMD (.+)$/m)?.[1] ?? '';
    const startInDocker = cmd.startsWith('[') ? (JSON.parse(cmd) as string[]).join(' ') : cmd;
    expect(startInDocker).toBe(ctx.commands.start);
    expect(files.has('.dockerignore')).toBe(true);
    expect(text(files, '.dockerignore')).toMatch(/^\.env$/m);
  });

  it('ships the repo hygiene files: editor config, LF line endings, security policy, Dependabot', () => {
    expect(text(files, '.editorconfig')).toMatch(/end_of_line = lf/);
    expect(text(files, '.gitattributes')).toMatch(/eol=lf/);
    expect(text(files, 'SECURITY.md')).toMatch(/Report a vulnerability/);
    const updates = parseYaml(text(files, '.github/dependabot.yml')).updates.map((u: Record<string, string>) => u['package-ecosystem']);
    expect(updates).toEqual([ctx.lang.dependabot, 'github-actions']);
  });

  it('wires compose.yaml: app after migrations, database healthy first, secrets from the environment', () => {
    const compose = parseYaml(text(files, 'compose.yaml'));
    expect(compose.services.app.depends_on.migrate.condition).toBe('service_completed_successfully');
    if (ctx.db.server) {
      expect(compose.services.db.image).toBe(ctx.db.image);
      expect(compose.services.db.healthcheck.test.length).toBeGreaterThan(1);
      expect(compose.services.app.depends_on.db.condition).toBe('service_healthy');
      // Safe default: the development database is reachable from this machine only.
      expect(compose.services.db.ports).toEqual([`127.0.0.1:${ctx.db.port}:${ctx.db.port}`]);
      // The CI service container is the same server as compose's: one image, one health check.
      const ci = parseYaml(text(files, '.github/workflows/ci.yml'));
      const service = Object.values(ci.jobs as Record<string, { services?: { db?: Record<string, unknown> } }>).find((j) => j.services?.db)?.services?.db;
      expect(service?.image).toBe(compose.services.db.image);
      expect(String(service?.options)).toContain(compose.services.db.healthcheck.test.slice(1).join(' '));
    } else expect(compose.services.db).toBeUndefined();
    if (ctx.auth.secretEnv) expect(compose.services.app.environment[ctx.auth.secretEnv]).toMatch(/^\$\{.+:\?/);
  });

  it('commits no secrets: .env is ignored and .env.example leaves secrets empty', () => {
    expect(text(files, '.gitignore')).toMatch(/^\.env$/m);
    const env = text(files, '.env.example');
    // Where PostgreSQL is embedded, an unset DATABASE_URL means the embedded server: the line is a comment.
    expect(env).toMatch(ctx.db.embedded ? /^# DATABASE_URL=/m : /^DATABASE_URL=/m);
    if (ctx.auth.secretEnv) expect(env).toMatch(new RegExp(`^${ctx.auth.secretEnv}=$`, 'm'));
    for (const [p, c] of files) {
      expect(c.toString(), p).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
    }
  });

  it('has a request in requests.http for every operation of its OpenAPI document, and nothing else', () => {
    const doc = JSON.parse(text(files, 'openapi.json'));
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([p, ops]) =>
        Object.keys(ops)
          .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map((m) => `${m.toUpperCase()} ${p.replace(/\{[^}]+\}/g, '{id}')}`),
      )
      .sort();
    const requests = [...text(files, 'requests.http').matchAll(/^(GET|POST|PUT|PATCH|DELETE) \{\{base\}\}(\S+)$/gm)].map(
      ([, m, p]) => `${m} ${p!.replace(/\?.*$/, '').replace(/\{\{createTask\.response\.body\.id\}\}/, '{id}')}`,
    );
    expect([...new Set(requests)].sort()).toEqual(documented);
    expect(text(files, 'requests.http').includes('X-CSRF-Token')).toBe(ctx.auth.csrf);
  });

  it('serves the OpenAPI document for its auth mode', () => {
    const doc = JSON.parse(text(files, 'openapi.json'));
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(doc.paths)).toContain('/api/v1/tasks');
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/api/v1/auth'))).toBe(answers.auth !== 'none');
  });

  it('writes a README with the roadmap map and every command', () => {
    const readme = text(files, 'README.md');
    expect(readme).toContain('How this repo maps to the backend roadmap');
    for (const key of ['install', 'build', 'lint', 'typecheck', 'migrate', 'test', 'start', 'dev'] as const)
      if (ctx.commands[key]) expect(readme).toContain(ctx.commands[key]);
  });
});

it('covers every stack, database and auth', () => {
  for (const key of ['framework', 'database', 'auth'] as const) {
    expect(new Set(combos.map((c) => c[key])).size).toBeGreaterThan(key === 'framework' ? 0 : 2);
  }
});
