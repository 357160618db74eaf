/**
 * The checks every cloud gets, registered by each <cloud>.test.ts (one file per cloud, so vitest
 * spreads them over its workers). Cloud-specific checks live in those files.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACKS } from '../../stacks/index.js';
import { ruleViolations } from '../../src/rules.js';
import { withDefaults } from '../../src/answers.js';
import {
  actionlint,
  contextNames,
  type Generated,
  generateAll,
  hadolint,
  tempDir,
  text,
  WORKFLOW,
  workflow,
  workflowSchema,
  writeDistinct,
  type Yaml,
  zizmor,
} from './harness.js';
import { ensureTools, type Tools } from './tools.js';

export interface CloudState {
  generated: Generated[];
  tools: Tools;
  dir: string;
}

/** Clouds whose deploy job signs in with GitHub's OIDC token (no stored credentials). */
const OIDC = new Set(['aws', 'gcp', 'azure']);

/** An action reference pinned to a full commit SHA (a tag can be moved; see src/choices/actions.ts). */
const PINNED = /@[0-9a-f]{40}$/;

const DEPLOY_IF = "github.event_name == 'push' && github.ref == 'refs/heads/main'";

function deployJob(g: Generated): Yaml {
  return workflow(g).jobs.deploy;
}

/** The YAML text of the deploy job (from its key to the end of the file: it is the last job). */
export function deployText(g: Generated): string {
  const all = text(g, WORKFLOW);
  const at = all.search(/^ {2}deploy:/m);
  return at < 0 ? '' : all.slice(at);
}

export function cloudSuite(cloud: string, specific?: (state: () => CloudState) => void): void {
  describe(`cloud ${cloud}`, () => {
    let state: CloudState;
    beforeAll(async () => {
      const [tools, generated] = await Promise.all([ensureTools(), generateAll(cloud)]);
      state = { tools, generated, dir: tempDir() };
    });
    afterAll(() => {
      if (state?.dir) rmSync(state.dir, { recursive: true, force: true });
    });

    it('renders every stack with every database the rules allow on this cloud', () => {
      const allowed = ['postgres', 'mysql', 'sqlite'].filter(
        (database) => ruleViolations({ ...withDefaults({ framework: 'express' }), database, cloud }).length === 0,
      );
      expect(allowed.length).toBeGreaterThan(0);
      const cells = new Set(state.generated.map((g) => `${g.answers.framework}/${g.answers.database}`));
      for (const stack of STACKS) for (const database of allowed) expect(cells, `${stack.id}/${database}`).toContain(`${stack.id}/${database}`);
      expect(new Set(state.generated.map((g) => g.answers.database))).toEqual(new Set(allowed));
    });

    it('keeps the pipeline least-privileged, pinned, cached and cancellable except on main', () => {
      const problems = new Set<string>();
      const check = (ok: boolean, g: Generated, what: string) => {
        // One line per distinct problem and stack, not per combination.
        if (!ok) problems.add(`${g.answers.framework}/${g.answers.packageManager}: ${what}`);
      };
      for (const g of state.generated) {
        const wf = workflow(g);
        // Read-only by default; a job may add id-token: write (OIDC) and nothing else.
        check(typeof wf.permissions === 'object' && !Object.values(wf.permissions).includes('write'), g, 'workflow permissions must be set and read-only');
        for (const [name, job] of Object.entries<Yaml>(wf.jobs)) {
          const writes = Object.entries(job.permissions ?? {}).filter(([, v]) => v === 'write').map(([k]) => k);
          const allowed = name === 'deploy' && OIDC.has(cloud) ? ['id-token'] : [];
          check(JSON.stringify(writes) === JSON.stringify(allowed), g, `job ${name} may write ${writes.join(', ')}`);
          for (const step of job.steps as Yaml[]) {
            if (step.uses) check(PINNED.test(step.uses), g, `job ${name}: ${step.uses} is not pinned to a commit SHA`);
          }
        }
        // Superseded runs are cancelled, but never a run on main: it may be deploying.
        check(String(wf.concurrency?.group).includes('github.ref'), g, 'workflow concurrency group must include github.ref');
        const cancel = wf.concurrency?.['cancel-in-progress'];
        check(
          cancel === false || (typeof cancel === 'string' && cancel.replace(/\s+/g, ' ').includes("github.ref != 'refs/heads/main'")),
          g,
          `workflow cancel-in-progress is ${cancel}: a push to main would cancel a deploy in flight`,
        );
        // The image is built from the Dockerfile and tagged with the commit SHA, with a layer cache.
        const build = (wf.jobs.docker.steps as Yaml[]).find((s) => String(s.uses).startsWith('docker/build-push-action@'));
        check(String(build?.with?.tags).includes('${{ github.sha }}'), g, 'docker job must tag the image with github.sha');
        check(build?.with?.['cache-from'] === 'type=gha', g, 'docker job must use the GitHub Actions layer cache');
        // Dependencies are cached, keyed on the lock file.
        const lockfile = g.ctx.pm.lockfile;
        const cached = (wf.jobs.test.steps as Yaml[]).some(
          (s) =>
            (s.with?.cache && String(s.with['cache-dependency-path'] ?? '').includes(lockfile)) ||
            (s.with?.['enable-cache'] === true && String(s.with['cache-dependency-glob'] ?? '').includes(lockfile)) ||
            (String(s.uses).startsWith('actions/cache@') && String(s.with?.key ?? '').includes(lockfile)),
        );
        check(cached, g, `test job has no dependency cache keyed on ${lockfile}`);
      }
      expect([...problems]).toEqual([]);
    });

    if (cloud === 'none') {
      it('has no deploy job and no deploy files, and says how to add a target later', () => {
        for (const g of state.generated) {
          expect(workflow(g).jobs.deploy, g.label).toBeUndefined();
          for (const p of ['fly.toml', 'render.yaml']) expect(g.files.has(p), `${g.label} ${p}`).toBe(false);
          expect([...g.files.keys()].some((p) => p.startsWith('infra/')), g.label).toBe(false);
          expect(text(g, 'README.md'), g.label).toMatch(/To add a target later[\s\S]*--cloud aws/);
        }
      });
    } else {
      it('deploys only pushes to main, after test and docker, one at a time, with explicit permissions', () => {
        for (const g of state.generated) {
          const job = deployJob(g);
          expect(job, g.label).toBeDefined();
          expect(job.needs, g.label).toEqual(expect.arrayContaining(['test', 'docker']));
          expect(job.if, g.label).toBe(DEPLOY_IF);
          expect(job.environment, g.label).toBe('production');
          expect(job.permissions, `${g.label}: permissions must be set explicitly`).toBeTypeOf('object');
          expect(job.concurrency, g.label).toEqual({ group: 'deploy-production', 'cancel-in-progress': false });
          expect(job['timeout-minutes'], g.label).toBeGreaterThan(0);
          const body = deployText(g);
          expect(body, `${g.label}: the deploy must name the commit`).toMatch(/github\.sha|GITHUB_SHA/);
          for (const step of job.steps as Yaml[]) {
            if (String(step.uses).startsWith('docker/build-push-action@')) {
              expect(step.with.push, g.label).toBe(true);
              expect(step.with['cache-from'], g.label).toBe('type=gha');
            }
          }
        }
      });

      it(OIDC.has(cloud) ? 'signs in with OIDC: no stored cloud credentials' : 'keeps its one token in secrets, out of the other jobs', () => {
        for (const g of state.generated) {
          const body = deployText(g);
          const before = text(g, WORKFLOW).slice(0, text(g, WORKFLOW).length - body.length);
          expect(contextNames(before, 'secrets').size, `${g.label}: only the deploy job may read secrets`).toBe(0);
          if (OIDC.has(cloud)) {
            expect(contextNames(body, 'secrets').size, g.label).toBe(0);
            expect(body, g.label).not.toMatch(/aws-access-key-id|aws-secret-access-key|credentials_json|client-secret|creds:/);
          } else {
            expect(contextNames(body, 'secrets').size, g.label).toBe(1);
          }
        }
      });

      it('documents the setup, the cost and the teardown, and every variable and secret the job reads', () => {
        for (const g of state.generated) {
          const readme = text(g, 'README.md');
          const section = readme.slice(readme.indexOf('## Deploying'));
          for (const heading of ['### What each push to `main` does', '### One-time setup', '### Cost', '### Tear down']) {
            expect(section, `${g.label} ${heading}`).toContain(heading);
          }
          expect(section, g.label).toContain(g.ctx.commands.migrate);
          expect(section, `${g.label}: must say no real deploy is run by the generator's CI`).toMatch(/cannot run a real deploy/);
          const body = deployText(g);
          for (const name of contextNames(body, 'secrets')) expect(section, `${g.label}: secret ${name}`).toContain(name);
          if (!OIDC.has(cloud)) for (const name of contextNames(body, 'vars')) expect(section, `${g.label}: variable ${name}`).toContain(name);
        }
      });
    }

    it('passes actionlint, with shellcheck on every script, and the GitHub workflow schema', async () => {
      const written = writeDistinct(
        state.dir,
        state.generated.map((g) => ({ label: g.label, name: `workflow-${cloud}`, files: { 'ci.yml': text(g, WORKFLOW) } })),
      );
      const files = [...written.keys()].map((dir) => path.join(dir, 'ci.yml'));
      expect(files.length).toBeGreaterThan(0);
      const lint = await actionlint(state.tools, files);
      const report = lint.problems.map((p) => `${written.get(path.dirname(p.file))?.[0]}: ${p.message}`);
      expect(report).toEqual([]);
      expect(lint.exitCode, lint.stderr).toBe(0);
      const schema = await workflowSchema(state.tools, files);
      expect(schema.exitCode, schema.output).toBe(0);
      // zizmor: unpinned actions, credentials left for later steps, template injection, ...
      const audit = await zizmor(state.tools, files);
      expect(audit.findings.map((f) => `${written.get(path.dirname(f.file))?.[0] ?? f.file}: ${f.message}`)).toEqual([]);
      expect(audit.exitCode, audit.stderr).toBe(0);
    });

    it('writes Dockerfiles hadolint passes at warning level', async () => {
      const written = writeDistinct(
        state.dir,
        state.generated.map((g) => ({ label: g.label, name: `docker-${cloud}`, files: { Dockerfile: text(g, 'Dockerfile') } })),
      );
      const files = [...written.keys()].map((dir) => path.join(dir, 'Dockerfile'));
      expect(files.length).toBeGreaterThan(0);
      const lint = await hadolint(state.tools, files);
      expect(lint.findings.map((f) => `${written.get(path.dirname(f.file))?.[0] ?? f.file}: ${f.message}`)).toEqual([]);
      expect(lint.exitCode).toBe(0);
    });

    specific?.(() => state);
  });
}

/** The files of one generated project below a folder, relative to it. */
export function filesUnder(g: Generated, folder: string): Record<string, string> {
  return Object.fromEntries(
    [...g.files.entries()].filter(([p]) => p.startsWith(`${folder}/`)).map(([p, c]) => [p.slice(folder.length + 1), c.toString()]),
  );
}
