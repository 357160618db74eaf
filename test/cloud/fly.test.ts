/** --cloud fly: fly.toml, Fly Managed Postgres or SQLite on a volume; no MySQL. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { parse as parseToml } from 'smol-toml';
import { expect, it } from 'vitest';
import { expectInOrder, indexOfStep, stepTexts, text, workflow, type Yaml } from './harness.js';
import { cloudSuite } from './suite.js';

/**
 * The keys flyctl reads from fly.toml (its appconfig.Config). No JSON schema for fly.toml is
 * published in a registry reachable from CI (SchemaStore's copy in PyPI packages is from 2022
 * and predates [http_service] and [[vm]]), so the file is checked against this list and against
 * the values the deploy relies on.
 */
const FLY_KEYS = new Set([
  'app',
  'primary_region',
  'kill_signal',
  'kill_timeout',
  'swap_size_mb',
  'console_command',
  'experimental',
  'build',
  'deploy',
  'env',
  'processes',
  'mounts',
  'http_service',
  'services',
  'checks',
  'files',
  'host_dedication_id',
  'machine_config',
  'container',
  'machine_checks',
  'restart',
  'vm',
  'statics',
  'metrics',
]);
const DEPLOY_KEYS = new Set([
  'strategy',
  'max_unavailable',
  'wait_timeout',
  'release_command',
  'release_command_timeout',
  'release_command_vm',
  'seed_command',
]);
const MOUNT_KEYS = new Set([
  'source',
  'destination',
  'initial_size',
  'snapshot_retention',
  'auto_extend_size_threshold',
  'auto_extend_size_increment',
  'auto_extend_size_limit',
  'processes',
]);

/** Splits like the shlex package flyctl uses for [processes] commands (quotes, no expansion). */
function shellWords(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | null = null;
  let inWord = false;
  for (const ch of command) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unbalanced ${quote} in ${command}`);
  if (inWord) words.push(current);
  return words;
}

cloudSuite('fly', (state) => {
  it('writes a fly.toml flyctl can read, matching the image (port 3000, health check, migrations)', () => {
    for (const g of state().generated) {
      const fly = parseToml(text(g, 'fly.toml')) as Yaml;
      for (const key of Object.keys(fly)) expect(FLY_KEYS, `${g.label}: fly.toml key ${key}`).toContain(key);
      expect(fly.app, g.label).toBe(g.ctx.projectName);
      expect(fly.build.dockerfile, g.label).toBe('Dockerfile');
      expect(g.files.has('Dockerfile'), g.label).toBe(true);
      expect(text(g, 'Dockerfile'), g.label).toMatch(/^EXPOSE 3000$/m);
      expect(fly.env.PORT, g.label).toBe('3000');
      expect(fly.http_service.internal_port, g.label).toBe(3000);
      expect(fly.http_service.checks?.[0]?.path, g.label).toBe('/health/ready');
      expect(fly.vm?.[0]?.memory, g.label).toMatch(/^\d+mb$/);
      if (g.answers.database === 'sqlite') {
        // The release machine has no volume: migrations run on the app machine, before the server.
        expect(fly.deploy?.release_command, g.label).toBeUndefined();
        for (const key of Object.keys(fly.mounts)) expect(MOUNT_KEYS, `${g.label}: mounts.${key}`).toContain(key);
        expect(fly.mounts.destination, g.label).toBe('/app/data');
        expect(fly.env.DATABASE_URL, g.label).toBe(g.ctx.db.composeUrl);
        expect(fly.env.DATABASE_URL, g.label).toMatch(/^sqlite:\/\/\/\/app\/data\//);
        expect(text(g, 'Dockerfile'), g.label).toMatch(/mkdir -p \/app\/data/);
        const migrateThenStart = g.ctx.lang.imageHasShell
          ? ['sh', '-c', `${g.ctx.commands.migrate} && exec ${g.ctx.commands.start}`]
          : shellWords(g.ctx.stack.migrateThenStart ?? '');
        expect(shellWords(fly.processes.app), g.label).toEqual(migrateThenStart);
        expect(text(g, 'README.md'), g.label).toContain('fly volumes create data');
      } else {
        for (const key of Object.keys(fly.deploy)) expect(DEPLOY_KEYS, `${g.label}: deploy.${key}`).toContain(key);
        expect(fly.deploy.release_command, g.label).toBe(g.ctx.commands.migrate);
        expect(shellWords(fly.deploy.release_command), g.label).toEqual(g.ctx.commands.migrate.split(' '));
        expect(fly.mounts, g.label).toBeUndefined();
        expect(fly.processes, g.label).toBeUndefined();
        expect(text(g, 'README.md'), g.label).toContain('fly mpg attach');
      }
    }
  });

  it('reads the app name from fly.toml, pushes the image tagged with the commit, then deploys it', async () => {
    const { generated, dir } = state();
    for (const g of generated) {
      const job = workflow(g).jobs.deploy;
      const steps = stepTexts(job);
      const order = [/sed -n/, /flyctl auth docker/, /docker\/build-push-action@/, /flyctl deploy --image "\$IMAGE"/].map((p) => indexOfStep(steps, p));
      expectInOrder(order, g.label);
      expect(steps[order[0]!], g.label).toContain('registry.fly.io/$name:$GITHUB_SHA');
    }
    // Run the workflow's own sed over a generated fly.toml: it must find the app name.
    const g = generated[0]!;
    const script = /sed -n '([^']+)' fly\.toml/.exec(stepTexts(workflow(g).jobs.deploy).join('\n'))?.[1];
    expect(script).toBeDefined();
    writeFileSync(path.join(dir, 'fly.toml'), text(g, 'fly.toml'));
    const r = await execa('sed', ['-n', script!, 'fly.toml'], { cwd: dir });
    expect(r.stdout).toBe(g.ctx.projectName);
  });
});
