/**
 * Smoke: for every cell of the verified matrix, generate a project with the built CLI, then run
 * the commands from its .backend-roadmap.json (install, build, lint, typecheck, migrate, test)
 * against a fresh database on a real server, start it, and run the black-box conformance suite
 * against it. These are the same build and start commands its Dockerfile runs.
 *   tsx test/smoke/run.ts [--only express-postgres] [--jobs 2] [--keep]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { matrix, type Cell } from './matrix.js';
import { checkServers, recreateDatabase } from './services.js';
import { projectNodeBin } from './node.js';
import { projectEnv } from './env.js';
import { withToolchain } from './java.js';
import { startApp } from './app.js';
import { ensurePackageManagers } from './package-managers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: { only: { type: 'string' }, jobs: { type: 'string', default: '2' }, keep: { type: 'boolean' }, experimental: { type: 'boolean' } },
});
const only = values.only?.split(',') ?? [];
// Ports come from the position in the full matrix, so concurrent partial runs never collide;
// SMOKE_PORT_BASE moves the whole range (for runs from several checkouts at once).
const portBase = Number(process.env.SMOKE_PORT_BASE ?? 4100);
const portOf = new Map(matrix(true).map((c, i) => [c.id, portBase + i]));
const cells = matrix(values.experimental).filter((c) => only.length === 0 || only.some((o) => c.id.includes(o)));
const work = mkdtempSync(path.join(tmpdir(), 'cbr-smoke-'));
const cache = path.join(root, 'node_modules', '.cache', 'backend-roadmap');

interface StepTime {
  step: string;
  seconds: number;
}
interface Result {
  cell: Cell;
  ok: boolean;
  failedStep?: string;
  times: StepTime[];
  log: string;
}

async function runCell(cell: Cell, index: number, pathPrefix: string): Promise<Result> {
  const times: StepTime[] = [];
  const logFile = path.join(work, `${cell.id}.log`);
  const log: string[] = [];
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      times.push({ step: name, seconds: (performance.now() - t0) / 1000 });
    }
  };
  const env = withToolchain(cell.language, projectEnv(pathPrefix));
  const secret = env.JWT_SECRET!;
  const dir = path.join(work, cell.id);
  const sh = async (name: string, command: string, extra: Record<string, string> = {}) => {
    if (!command) return;
    log.push(`\n$ ${command}   # ${name}`);
    const r = await step(name, () => execa({ cwd: dir, shell: true, env: { ...env, ...extra }, all: true, reject: false })`${command}`);
    log.push(r.all ?? '');
    if (r.exitCode !== 0) throw Object.assign(new Error(`${name} exited ${r.exitCode}`), { step: name });
  };
  try {
    await step('generate', async () => {
      const flags = ['--framework', cell.framework, '--database', cell.database, '--auth', cell.auth, '--cloud', cell.cloud];
      if (cell.packageManager !== 'none') flags.push('--package-manager', cell.packageManager);
      const r = await execa(process.execPath, [path.join(root, 'bin/create-backend-roadmap.js'), cell.id, ...flags, '--experimental', '--no-git', '--no-install'], {
        cwd: work,
        all: true,
        reject: false,
      });
      log.push(r.all ?? '');
      if (r.exitCode !== 0) throw Object.assign(new Error('generate failed'), { step: 'generate' });
    });
    const commands = JSON.parse(readFileSync(path.join(dir, '.backend-roadmap.json'), 'utf8')).commands as Record<string, string>;
    const db = `smoke_${cell.id.replace(/-/g, '_')}`;
    const testUrl = await recreateDatabase(cell.database, `${db}_test`);
    const appUrl = await recreateDatabase(cell.database, `${db}_app`);
    await sh('install', commands.install!);
    await sh('build', commands.build!);
    await sh('lint', commands.lint!);
    await sh('typecheck', commands.typecheck!);
    await sh('migrate (test db)', commands.migrate!, { DATABASE_URL: testUrl });
    await sh('test', commands.test!, { DATABASE_URL: testUrl });
    await sh('migrate (app db)', commands.migrate!, { DATABASE_URL: appUrl, NODE_ENV: 'production', APP_ENV: 'production' });
    const port = portOf.get(cell.id) ?? portBase - 100 + index;
    const app = await step('start', () =>
      startApp(commands.start!, { cwd: dir, env: { ...env, NODE_ENV: 'production', APP_ENV: 'production', PORT: String(port), DATABASE_URL: appUrl }, port }),
    );
    try {
      const r = await step('conformance', () =>
        execa(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/conformance/vitest.config.ts'], {
          cwd: root,
          env: { BASE_URL: `http://127.0.0.1:${port}`, AUTH: cell.auth, JWT_SECRET: secret, ADMIN_EMAIL: 'admin@example.com', NO_COLOR: '1' },
          all: true,
          reject: false,
        }),
      );
      log.push(`\n$ conformance against ${cell.id}\n${r.all ?? ''}`);
      if (r.exitCode !== 0) throw Object.assign(new Error('conformance failed'), { step: 'conformance' });
    } finally {
      const stopped = await app.stop();
      log.push(`\n[app output]\n${app.output()}`);
      if (!stopped.graceful) log.push('\napp did not exit within 10 s of SIGTERM');
    }
    return { cell, ok: true, times, log: logFile };
  } catch (err) {
    return { cell, ok: false, failedStep: (err as { step?: string }).step ?? (err as Error).message, times, log: logFile };
  } finally {
    mkdirSync(path.dirname(logFile), { recursive: true });
    await import('node:fs').then((fs) => fs.writeFileSync(logFile, log.join('\n')));
  }
}

async function main(): Promise<number> {
  if (cells.length === 0) throw new Error(`no cell matches --only ${values.only}`);
  await checkServers([...new Set(cells.map((c) => c.database))]);
  const nodeBin = await projectNodeBin(cache);
  const pmBin = await ensurePackageManagers(cells.map((c) => c.packageManager), cache, nodeBin);
  const pathPrefix = [nodeBin, ...pmBin].join(':');
  console.log(`smoke: ${cells.length} cell(s), ${values.jobs} at a time, work dir ${work}`);
  const results: Result[] = [];
  const queue = cells.map((cell, index) => ({ cell, index }));
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Number(values.jobs) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const r = await runCell(next.cell, next.index, pathPrefix);
        const total = r.times.reduce((s, t) => s + t.seconds, 0);
        console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.cell.id} (${r.cell.packageManager}) ${total.toFixed(0)}s  ${r.times.map((t) => `${t.step} ${t.seconds.toFixed(1)}`).join(', ')}`);
        if (!r.ok) {
          console.log(`     failed at ${r.failedStep}; log: ${r.log}\n${tail(r.log)}`);
        }
        results.push(r);
      }
    }),
  );
  const failed = results.filter((r) => !r.ok);
  console.log(`smoke wall time ${((performance.now() - t0) / 1000).toFixed(0)}s`);
  console.log(`smoke: ${results.length - failed.length} passed, ${failed.length} failed`);
  if (!values.keep && failed.length === 0) rmSync(work, { recursive: true, force: true });
  return failed.length ? 1 : 0;
}

function tail(file: string, lines = 60): string {
  const text = readFileSync(file, 'utf8').split('\n');
  return text.slice(-lines).map((l) => `     | ${l}`).join('\n');
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`smoke: ${(err as Error).message}`);
    process.exit(1);
  },
);
