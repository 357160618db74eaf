/**
 * Safe defaults (issue 10), pinned on the rendered output of every stack, database and auth
 * mode: nothing a user gets by copying .env.example and running compose is unsafe in production.
 * The Node stacks' own rules (argon2 parameters, CORS, TRUST_PROXY, limits) are pinned on their
 * sources; each generated project also tests them at run time.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildContext } from '../../src/context.js';
import { sourceCompiler } from '../../src/render/compilers.js';
import { render, type RenderedFiles } from '../../src/render/engine.js';
import { allCombinations, label, onePer } from '../helpers/combinations.js';

const compile = await sourceCompiler();
// One cloud and package manager per stack, database and auth mode: these files don't vary with them.
const combos = onePer((a) => `${a.framework}/${a.database}/${a.auth}`);
const NODE_STACKS = new Set(['express', 'fastify', 'nestjs']);

const text = (files: RenderedFiles, p: string): string => {
  const content = files.get(p);
  if (content === undefined) throw new Error(`${p} was not generated`);
  return content.toString();
};
const sources = (files: RenderedFiles): Array<[string, string]> => [...files].filter(([p]) => p.startsWith('src/')).map(([p, c]) => [p, c.toString()]);

describe.each(combos.map((a) => [label(a), a] as const))('%s', (_, answers) => {
  const ctx = buildContext(answers, '0.1.0');
  const files = render(ctx, compile);
  const compose = parseYaml(text(files, 'compose.yaml'));
  const envExample = text(files, '.env.example');

  it('gives ADMIN_EMAIL no default: compose leaves admin unset unless .env names one', () => {
    const admin = compose.services.app.environment.ADMIN_EMAIL;
    if (ctx.auth.users) {
      expect(admin).toMatch(/^\$\{ADMIN_EMAIL(:-|:\?[^}]*)\}$/);
      expect(envExample).toMatch(/^ADMIN_EMAIL=$/m);
    } else expect(admin).toBeUndefined();
    for (const [p, c] of files) expect(c.toString(), p).not.toMatch(/ADMIN_EMAIL:-[^}]/);
  });

  it('publishes database ports on 127.0.0.1 only', () => {
    for (const [name, service] of Object.entries<{ ports?: string[] }>(compose.services)) {
      if (name === 'app') continue;
      for (const port of service.ports ?? []) expect(port, `${name} port`).toMatch(/^127\.0\.0\.1:/);
    }
  });

  it.runIf(NODE_STACKS.has(answers.framework))("Node: one argon2id parameter set, OWASP's (19 MiB, t=2, p=1)", () => {
    const hashing = sources(files).filter(([, c]) => /argon2\.(hash|argon2id)/.test(c));
    expect(hashing.length > 0).toBe(ctx.auth.users);
    for (const [p, c] of hashing) {
      expect(c, p).toContain('type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1');
    }
    const parameterSets = sources(files).flatMap(([, c]) => c.match(/memoryCost: [\d_]+/g) ?? []);
    expect(new Set(parameterSets).size).toBeLessThanOrEqual(1);
  });

  it.runIf(NODE_STACKS.has(answers.framework))('Node: TRUST_PROXY from .env.example is read and applied', () => {
    expect(envExample).toMatch(/^TRUST_PROXY=/m);
    const all = sources(files)
      .map(([, c]) => c)
      .join('\n');
    expect(all).toContain('parseTrustProxy(env.TRUST_PROXY)');
    expect(all).toMatch(/app\.set\('trust proxy', config\.trustProxy\)|trustProxy: config\.trustProxy/);
  });

  it.runIf(NODE_STACKS.has(answers.framework))('Node: CORS_ORIGINS=* is refused at startup with session cookies', () => {
    const refusal = sources(files).filter(([, c]) => c.includes('CORS_ORIGINS=* cannot be used with session cookies'));
    expect(refusal.length).toBe(ctx.auth.cookie ? 1 : 0);
  });

  it.runIf(NODE_STACKS.has(answers.framework) && ctx.auth.users)('Node: failed logins are counted in the database, not in memory', () => {
    const limiter = text(files, 'src/lib/login-attempts.ts');
    expect(limiter).toContain(ctx.db.mysql ? '.onDuplicateKeyUpdate(' : '.onConflict(');
    expect(Object.keys(JSON.parse(text(files, 'package.json')).dependencies)).not.toContain('express-rate-limit');
    for (const [p, c] of sources(files)) expect(c, p).not.toMatch(/new Map<string, (Window|number)>/);
  });
});

// The CI audit step, once per package manager a language offers (its logic is tested against
// fixture services in test/cloud/audit.test.ts).
const perManager = new Map<string, (typeof combos)[number]>();
for (const a of allCombinations()) {
  const key = `${a.language}/${a.packageManager}`;
  if (!perManager.has(key)) perManager.set(key, a);
}
describe.each([...perManager].map(([k, a]) => [k, a] as const))('CI of %s', (_, answers) => {
  it('has an audit command', () => {
    expect(buildContext(answers, '0.1.0').pm.audit).not.toBe('');
  });

  const ctx = buildContext(answers, '0.1.0');
  const workflow = parseYaml(text(render(ctx, compile), '.github/workflows/ci.yml'));

  it('audits the locked dependencies after installing them, before migrating and testing', () => {
    const runs: string[] = workflow.jobs.test.steps.map((s: { run?: string }) => s.run ?? '');
    const audit = runs.indexOf(ctx.pm.audit);
    expect(audit, `a step running \`${ctx.pm.audit}\``).toBeGreaterThan(0);
    expect(audit).toBeGreaterThan(runs.findIndex((r) => r.includes(ctx.pm.frozenInstall)));
    expect(audit).toBeLessThan(runs.indexOf(ctx.commands.migrate));
  });
});
