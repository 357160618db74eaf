/**
 * Smoke: every cell of the verified matrix is generated with the built CLI and checked by the
 * CLI's own `verify` (install, build, lint, typecheck, migrate, the project's tests against a
 * fresh database on a real server, start, the black-box conformance suite) — the command users
 * run, so this repo checks what they get.
 *
 * The verification record (verification/cells.json, test/smoke/record.ts) does the skipping:
 * a cell whose rendered output and checks are unchanged since it passed is not run again, except
 * for a rotating sample (the least recently verified, within --sample-seconds of recorded time).
 * A changed or unrecorded cell always runs; one whose toolchain this machine lacks fails the run.
 *   tsx test/smoke/run.ts [--all] [--only express-postgres] [--jobs 2] [--keep] [--sample-seconds 240]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { sourceCompiler } from '../../src/render/compilers.js';
import { languageById } from '../../stacks/index.js';
import { matrix, type Cell } from './matrix.js';
import { checkServers, recreateDatabase } from './services.js';
import { projectNodeBin } from './node.js';
import { projectEnv } from './env.js';
import { ensurePackageManagers } from './package-managers.js';
import { checksHash, outputHash, readRecord, writeRecord, type CellRecord } from './record.js';
import { machineFacts } from './machine.js';
import { ensureGoTools } from './go-tools.js';
import { checksEmbedded, runEmbedded } from './embedded.js';
import { javaToolchain } from './java.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    keep: { type: 'boolean' },
    experimental: { type: 'boolean' },
    all: { type: 'boolean' },
    'sample-seconds': { type: 'string', default: '240' },
  },
});
const only = values.only?.split(',') ?? [];
// Ports come from the position in the full matrix, so concurrent partial runs never collide;
// SMOKE_PORT_BASE moves the whole range (for runs from several checkouts at once).
const portBase = Number(process.env.SMOKE_PORT_BASE ?? 4100);
const portOf = new Map(matrix(true).map((c, i) => [c.id, portBase + i]));
// SMOKE_DB_PREFIX names the cells' databases (default smoke_), for the same reason.
const dbPrefix = process.env.SMOKE_DB_PREFIX ?? 'smoke_';
const work = mkdtempSync(path.join(tmpdir(), 'cbr-smoke-'));
const cache = path.join(root, 'node_modules', '.cache', 'backend-roadmap');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
const cli = path.join(root, 'bin/create-backend-roadmap.js');

interface Result {
  cell: Cell;
  ok: boolean;
  failedStep?: string;
  times: Record<string, number>;
  log: string;
}

async function runCell(cell: Cell, env: Record<string, string>): Promise<Result> {
  const times: Record<string, number> = {};
  const logFile = path.join(work, `${cell.id}.log`);
  const log: string[] = [];
  const done = (ok: boolean, failedStep?: string): Result => {
    writeFileSync(logFile, log.join('\n'));
    return { cell, ok, ...(failedStep ? { failedStep } : {}), times, log: logFile };
  };
  const t0 = performance.now();
  const flags = ['--framework', cell.framework, '--database', cell.database, '--auth', cell.auth, '--cloud', cell.cloud];
  if (cell.packageManager !== 'none') flags.push('--package-manager', cell.packageManager);
  const gen = await execa(process.execPath, [cli, cell.id, ...flags, '--experimental', '--no-git', '--no-install'], { cwd: work, all: true, reject: false });
  times.generate = (performance.now() - t0) / 1000;
  log.push(gen.all ?? '');
  if (gen.exitCode !== 0) return done(false, 'generate');
  const db = `${dbPrefix}${cell.id.replace(/-/g, '_')}`;
  const testUrl = await recreateDatabase(cell.database, `${db}_test`);
  const appUrl = await recreateDatabase(cell.database, `${db}_app`);
  const port = portOf.get(cell.id)!;
  const r = await execa(
    process.execPath,
    [cli, 'verify', path.join(work, cell.id), '--json', '--database-url', appUrl, '--test-database-url', testUrl, '--port', String(port)],
    {
      env,
      all: true,
      reject: false,
    },
  );
  log.push(r.all ?? '');
  let report: { ok: boolean; steps: Array<{ step: string; ok: boolean; seconds: number; skipped?: boolean; output?: string }> };
  try {
    report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  } catch {
    return done(false, `verify printed no report (exit ${r.exitCode})`);
  }
  for (const s of report.steps) if (!s.skipped) times[s.step] = s.seconds;
  const failed = report.steps.find((s) => !s.ok);
  if (failed?.output) log.push(`\n[${failed.step}]\n${failed.output}`);
  const ok = report.ok && r.exitCode === 0;
  if (!ok) return done(false, failed?.step ?? `verify exit ${r.exitCode}`);
  if (!checksEmbedded(cell)) return done(true);
  const e = await runEmbedded(cell, path.join(work, cell.id), root, env);
  times['test (embedded)'] = e.seconds;
  log.push('\n[test (embedded): verify --only test --embedded]', e.output);
  return done(e.ok, e.ok ? undefined : 'test (embedded)');
}

async function runnableHere(cells: Cell[], env: Record<string, string>): Promise<Map<string, string | undefined>> {
  const probes = new Map<string, string | undefined>();
  for (const language of new Set(cells.map((c) => c.language))) {
    const probe = languageById(language).probe;
    const r = await execa({ shell: true, env, reject: false, all: true })`${probe}`;
    probes.set(language, r.exitCode === 0 ? undefined : `\`${probe}\` failed: ${(r.all ?? '').split('\n')[0]}`);
  }
  return probes;
}

async function main(): Promise<number> {
  const all = matrix(values.experimental).filter((c) => only.length === 0 || only.some((o) => c.id.includes(o)));
  if (all.length === 0) throw new Error(`no cell matches --only ${values.only}`);
  const compile = await sourceCompiler();
  const checks = checksHash(root);
  const record = readRecord(root);
  const hashes = new Map(all.map((c) => [c.id, outputHash(c, compile, version)]));
  const fresh = (c: Cell) => record[c.id]?.outputHash === hashes.get(c.id) && record[c.id]?.checksHash === checks;
  const changed = all.filter((c) => values.all || only.length > 0 || !fresh(c));
  // The rotating sample: the least recently verified fresh cells, within a budget of recorded time.
  // The oldest always runs, even over the budget: otherwise one slow cell would stall the rotation.
  const sample: Cell[] = [];
  let budget = Number(values['sample-seconds']);
  for (const c of all.filter((x) => !changed.includes(x)).sort((a, b) => record[a.id]!.verifiedAt.localeCompare(record[b.id]!.verifiedAt))) {
    if (record[c.id]!.seconds > budget && sample.length > 0) break;
    budget -= record[c.id]!.seconds;
    sample.push(c);
  }
  const cells = [...changed, ...sample];
  const skipped = all.filter((c) => !cells.includes(c));
  for (const c of skipped) console.log(`skip ${c.id}: output and checks unchanged since it passed on ${record[c.id]!.verifiedAt.slice(0, 10)}`);

  const nodeBin = await projectNodeBin(cache);
  const pmBin = await ensurePackageManagers(
    cells.map((c) => c.packageManager),
    cache,
    nodeBin,
  );
  const goBin = await ensureGoTools(
    cells.map((c) => c.language),
    cache,
  );
  const java = javaToolchain(cells.map((c) => c.language));
  const env = { ...projectEnv([nodeBin, ...pmBin, ...goBin, ...java.bin].join(':')), ...java.env };
  const probes = await runnableHere(cells, env);
  const notRunnable = cells.filter((c) => probes.get(c.language));
  for (const c of notRunnable) console.log(`${changed.includes(c) ? 'FAIL' : 'skip'} ${c.id}: not runnable here (${probes.get(c.language)})`);
  const runnable = cells.filter((c) => !probes.get(c.language));
  if (runnable.length) await checkServers([...new Set(runnable.map((c) => c.database))]);
  const machine = runnable.length ? await machineFacts(env, runnable) : {};
  console.log(
    `smoke: ${runnable.length} cell(s) to run (${changed.length} changed or unrecorded, ${sample.length} sampled), ${skipped.length} unchanged; ${values.jobs} at a time; work dir ${work}`,
  );

  // Offered cells only: experimental ones are tried, never recorded as verified.
  const offered = new Set(matrix(false).map((c) => c.id));
  const saveRecord = () => writeRecord(root, Object.fromEntries(Object.entries(record).filter(([id]) => offered.has(id))));
  const results: Result[] = [];
  const queue = [...runnable];
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Number(values.jobs) }, async () => {
      for (let cell = queue.shift(); cell; cell = queue.shift()) {
        const r = await runCell(cell, env);
        const total = Object.values(r.times).reduce((s, t) => s + t, 0);
        const steps = Object.entries(r.times)
          .map(([k, t]) => `${k} ${t.toFixed(1)}`)
          .join(', ');
        console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.cell.id} (${r.cell.packageManager}, ${r.cell.cloud}) ${total.toFixed(0)}s  ${steps}`);
        if (!r.ok) console.log(`     failed at ${r.failedStep}; log: ${r.log}\n${tail(r.log)}`);
        results.push(r);
        if (r.ok) {
          const entry: CellRecord = {
            outputHash: hashes.get(cell.id)!,
            checksHash: checks,
            verifiedAt: new Date().toISOString(),
            machine: machine[cell.language] ?? {},
            seconds: Math.round(total),
            steps: roundAll(r.times),
          };
          record[cell.id] = entry;
        } else delete record[cell.id];
        // After every cell, so an interrupted run keeps what it verified.
        saveRecord();
      }
    }),
  );
  saveRecord();
  const failed = results.filter((r) => !r.ok).length + notRunnable.filter((c) => changed.includes(c)).length;
  console.log(`smoke wall time ${((performance.now() - t0) / 1000).toFixed(0)}s`);
  console.log(
    `smoke: ${results.length - results.filter((r) => !r.ok).length} passed, ${failed} failed, ${skipped.length + notRunnable.length - notRunnable.filter((c) => changed.includes(c)).length} skipped`,
  );
  if (!values.keep && failed === 0) rmSync(work, { recursive: true, force: true });
  return failed ? 1 : 0;
}

const roundAll = (t: Record<string, number>) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v * 10) / 10]));

function tail(file: string, lines = 60): string {
  const text = readFileSync(file, 'utf8').split('\n');
  return text
    .slice(-lines)
    .map((l) => `     | ${l}`)
    .join('\n');
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`smoke: ${(err as Error).message}`);
    process.exit(1);
  },
);
