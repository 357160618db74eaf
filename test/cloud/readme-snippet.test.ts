/**
 * The README's "verify every cell in GitHub Actions" snippet, as a user copies it: a valid,
 * zizmor-clean workflow whose actions are the pinned ones this project uses, and whose commands,
 * run with each entry `matrix --json` prints, generate a project.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actionRefs } from '../../src/choices/actions.js';
import { cli, root, tempDir } from '../helpers/cli.js';
import { actionlint, zizmor } from './harness.js';
import { ensureTools, type Tools } from './tools.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const start = readme.indexOf('```yaml\npermissions: {}\njobs:\n  cells:');
const snippet = readme.slice(start + '```yaml\n'.length, readme.indexOf('```\n', start + 8));
let tools: Tools;
let file: string;
beforeAll(async () => {
  tools = await ensureTools();
  file = path.join(tempDir(), 'verify-cells.yml');
  writeFileSync(file, `name: verify cells\non: workflow_dispatch\n${snippet}`);
});

describe('the README workflow snippet', () => {
  it('is there', () => expect(start).toBeGreaterThan(0));

  it('passes actionlint (with shellcheck) and zizmor', async () => {
    expect((await actionlint(tools, [file])).problems).toEqual([]);
    const audit = await zizmor(tools, [file]);
    expect(audit.findings.filter((f) => !/\((informational|low)\)/.test(f.message))).toEqual([]);
  });

  it('uses only the actions, at the commits, of the generated workflows', () => {
    const pinned = new Set(Object.values(actionRefs()).map((r) => r.split(' #')[0]));
    const uses = [...snippet.matchAll(/uses: (\S+)/g)].map((m) => m[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) expect(pinned, u).toContain(u);
  });

  it('its commands generate a project for every entry the matrix step prints', async () => {
    const workflow = parseYaml(snippet);
    const matrixCmd = /\$\(npx -y create-backend-roadmap (matrix [^)]*)\)/.exec(workflow.jobs.cells.steps[0].run)![1]!;
    const listed = await cli(matrixCmd.split(' '), { cwd: root });
    expect(listed.exitCode, listed.stderr).toBe(0);
    const { include } = JSON.parse(listed.stdout) as { include: Array<Record<string, string>> };
    expect(include.length).toBeGreaterThan(5);
    const generate = workflow.jobs.verify.steps.find((s: { run?: string }) => s.run?.includes(' app ')).run as string;
    // The job's env maps each variable to a matrix key: FRAMEWORK: ${{ matrix.framework }}.
    const vars = Object.entries<string>(workflow.jobs.verify.env).flatMap(([name, v]) => {
      const key = /^\$\{\{ matrix\.(\w+) \}\}$/.exec(v)?.[1];
      return key ? [[name, key] as const] : [];
    });
    expect(vars.length).toBe(5);
    const cwd = tempDir();
    for (const entry of include) {
      const line = generate
        .replace(/\$(\w+)/g, (_, name: string) => entry[vars.find(([n]) => n === name)?.[1] ?? ''] ?? `<no ${name}>`)
        .replace('npx -y create-backend-roadmap ', '');
      const args = [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      const r = await cli([...args, '--dry-run'], { cwd });
      expect(r.exitCode, `${entry.id}: ${r.stderr}`).toBe(0);
    }
  });
});
