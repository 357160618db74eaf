/**
 * Serving speed: each offered stack's postgres/none and postgres/jwt cell, generated, installed,
 * built, migrated and started in production, then loaded (bench/load.ts) beside a bare baseline
 * of the same language started in the same run on the same database, driver and schema:
 * Node `node:http` + pg; FastAPI a bare ASGI app on uvicorn + psycopg (async); Flask and Django
 * a bare WSGI app on gunicorn's gthread workers + psycopg; Go `net/http` + pgx; Java the JDK's
 * HttpServer on virtual threads + HikariCP/JDBC (the app's own jars). One worker
 * process each (WEB_CONCURRENCY=1), LOG_LEVEL=info as in production. Loopback only, bounded.
 * Both run at once and are loaded in turns A B B A (loadInTurns), so drift hits both alike.
 * The baseline listens on --port + 1. Beside req/s (which on a shared machine follows its other
 * load), each side's CPU time per request (bench/cpu.ts, Linux) and the CPU ratio, base / app.
 *   npm run bench:serve [-- --frameworks express,gin] [--auth none,jwt] [--seconds 10] [--connections 32] [--port 4900] [--keep]
 * --contract (Node only): the baseline also sends the contract's headers, request id and access
 * log (bench/baselines/node.mjs), to split an app's gap into what the contract costs and the rest.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { startApp } from '../src/verify/app.js';
import { STACKS, stackById } from '../stacks/index.js';
import { projectEnv } from '../test/smoke/env.js';
import { javaToolchain } from '../test/smoke/java.js';
import { ensureGoTools } from '../test/smoke/go-tools.js';
import { projectNodeBin } from '../test/smoke/node.js';
import { checkServers, recreateDatabase } from '../test/smoke/services.js';
import { ours, root } from './lib.js';
import { groupCpuSeconds, groupServing } from './cpu.js';
import { combine, load, type LoadResult, send } from './load.js';

const { values } = parseArgs({
  options: {
    frameworks: { type: 'string' },
    auth: { type: 'string', default: 'none,jwt' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    port: { type: 'string', default: '4900' },
    keep: { type: 'boolean' },
    contract: { type: 'boolean' },
  },
});
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const frameworks = values.frameworks?.split(',') ?? STACKS.filter((s) => !s.experimental).map((s) => s.id);
const auths = values.auth.split(',');
const work = mkdtempSync(path.join(tmpdir(), 'cbr-serve-'));
const PORT = Number(values.port);
const baselines = path.join(root, 'bench/baselines');

interface Baseline {
  label: string;
  /** bench/baselines file -> where it goes in the project (it runs with the project's dependencies). */
  copy: Record<string, string>;
  build?: string;
  start: string;
  /**
   * Seconds of uncounted load on each side first. The JVM compiles its hot code while it
   * serves: a Spring Boot app serves about a tenth of its settled rate in its first 6 s here
   * and settles after about 12 s, its bare baseline much sooner, so 2 s would measure the JIT.
   */
  warmup: number;
}

function baselineFor(framework: string): Baseline {
  const language = stackById(framework).language;
  if (language === 'typescript') {
    const contract = values.contract ? { label: 'node:http + pg + contract headers and log', env: 'BENCH_CONTRACT=1 ' } : { label: 'node:http + pg', env: '' };
    return { label: contract.label, copy: { 'node.mjs': 'bench-baseline.mjs' }, start: `${contract.env}node bench-baseline.mjs`, warmup: 2 };
  }
  if (language === 'go')
    return {
      label: 'net/http + pgx',
      copy: { 'go/main.go': 'benchbaseline/main.go' },
      build: 'go build -o benchbaseline.bin ./benchbaseline',
      start: './benchbaseline.bin',
      warmup: 2,
    };
  if (language === 'python' && framework === 'fastapi') {
    return {
      label: 'bare ASGI on uvicorn + psycopg async',
      copy: { 'python.py': 'bench_baseline.py' },
      start: `uv run uvicorn bench_baseline:asgi --host 127.0.0.1 --port {port} --workers 1 --log-level warning --no-access-log`,
      warmup: 2,
    };
  }
  if (language === 'python') {
    return {
      label: 'bare WSGI on gunicorn gthread + psycopg',
      copy: { 'python.py': 'bench_baseline.py' },
      start: `uv run gunicorn --workers 1 --worker-class gthread --threads 8 --bind 127.0.0.1:{port} bench_baseline:wsgi`,
      warmup: 2,
    };
  }
  if (language === 'java') {
    // The app's own dependencies (HikariCP, the PostgreSQL driver, Jackson), out of its jar.
    return {
      label: 'HttpServer on virtual threads + HikariCP/JDBC',
      copy: { 'java/BenchBaseline.java': 'BenchBaseline.java' },
      build: 'rm -rf bench-lib && mkdir bench-lib && cd bench-lib && unzip -q ../target/*.jar "BOOT-INF/lib/*"',
      start: `java -cp 'bench-lib/BOOT-INF/lib/*' BenchBaseline.java`,
      warmup: 15,
    };
  }
  throw new Error(`no serving baseline for ${language} yet`);
}

/** A side's load over the counted turns, and the CPU milliseconds its server spent per request. */
type Measured = LoadResult & { cpuMs?: number };

interface Row {
  cell: string;
  app: Measured;
  base: Measured;
  baseline: string;
}

interface Served {
  label: string;
  port: number;
  /** The server's process group, for its CPU time (undefined off Linux). */
  group?: number;
  stop: () => Promise<unknown>;
}

async function serve(label: string, start: string, dir: string, env: Record<string, string>, port: number): Promise<Served> {
  // Output to a file, not into this process: startApp keeps what it reads, and the load
  // generator runs here, so an app's request log would slow the load instead of the app.
  const log = `bench-${createHash('sha1').update(start).digest('hex').slice(0, 8)}.log`;
  const app = await startApp(`${start} > ${log} 2>&1`, { cwd: dir, env: { ...env, PORT: String(port) }, port }).catch((err: Error) => {
    throw new Error(`${label}: ${err.message}`);
  });
  return { label, port, group: groupServing(port), stop: app.stop };
}

/**
 * App and baseline run side by side and are loaded in turns A B B A (ABBA), so drift during the
 * run (the tasks table grows by every create, the machine's other load changes) weighs on both
 * alike; each turn is half of --seconds, after the baseline's warm-up (2 s, the JVM's 15 s) on
 * each side that is not counted.
 */
async function loadInTurns(
  app: Served,
  base: Served,
  headers: Record<string, string>,
  taskId: string,
  warmup: number,
): Promise<{ app: Measured; base: Measured }> {
  for (const side of [app, base]) await load({ port: side.port, headers, taskId }, warmup, CONNECTIONS);
  const turns: Record<string, LoadResult[]> = { app: [], base: [] };
  const cpu: Record<string, number> = { app: 0, base: 0 };
  for (const side of [app, base, base, app]) {
    const key = side === app ? 'app' : 'base';
    const before = side.group === undefined ? 0 : groupCpuSeconds(side.group);
    turns[key]!.push(await load({ port: side.port, headers, taskId }, SECONDS / 2, CONNECTIONS));
    if (side.group !== undefined) cpu[key]! += groupCpuSeconds(side.group) - before;
  }
  const measured = (key: string, side: Served): Measured => {
    const result = combine(turns[key]!);
    return side.group === undefined || result.requests === 0 ? result : { ...result, cpuMs: (cpu[key]! * 1000) / result.requests };
  };
  return { app: measured('app', app), base: measured('base', base) };
}

/** Some data to list: 60 tasks (three pages), and one to read back; app and baseline share the tables. */
async function seed(port: number, headers: Record<string, string>): Promise<string> {
  let taskId = '';
  for (let i = 0; i < 60; i++) {
    const r = await send(port, 'POST', '/api/v1/tasks', headers, { title: `Seed ${i}`, description: 'Seeded by the bench' });
    if (r.status !== 201) throw new Error(`seeding a task answered ${r.status}: ${r.body}`);
    taskId = JSON.parse(r.body).id;
  }
  return taskId;
}

/** The app issues the token; the baseline checks the same HS256 signature with the same secret. */
let token = '';
async function signIn(port: number): Promise<string> {
  if (token) return token;
  const user = { email: 'bench@example.com', password: 'correct horse battery', name: 'Bench' };
  await send(port, 'POST', '/api/v1/auth/register', {}, user);
  const r = await send(port, 'POST', '/api/v1/auth/login', {}, { email: user.email, password: user.password });
  if (r.status !== 200) throw new Error(`login answered ${r.status}: ${r.body}`);
  token = JSON.parse(r.body).accessToken as string;
  return token;
}

async function cell(framework: string, auth: string, env: Record<string, string>): Promise<Row> {
  const id = `${framework}-postgres-${auth}`;
  const stack = stackById(framework);
  const flags = ['--framework', framework, '--database', 'postgres', '--auth', auth, '--cloud', 'none', '--no-install', '--no-git', '--yes'];
  await execa(process.execPath, [ours, id, ...flags, ...(stack.experimental ? ['--experimental'] : [])], { cwd: work });
  const dir = path.join(work, id);
  const { commands } = JSON.parse(readFileSync(path.join(dir, '.backend-roadmap.json'), 'utf8')) as { commands: Record<string, string> };
  const url = await recreateDatabase('postgres', `bench_${id.replace(/-/g, '_')}`);
  const prod = {
    ...env,
    DATABASE_URL: url,
    NODE_ENV: 'production',
    APP_ENV: 'production',
    LOG_LEVEL: 'info',
    WEB_CONCURRENCY: '1',
    ADMIN_EMAIL: 'nobody-admin@example.com',
    BENCH_AUTH: auth,
  };
  const sh = async (command: string, runEnv = { ...prod, NODE_ENV: 'development', APP_ENV: 'development' }) => {
    const r = await execa({ cwd: dir, shell: true, env: runEnv, all: true, reject: false })`${command}`;
    if (r.exitCode !== 0) throw new Error(`\`${command}\` failed:\n${(r.all ?? '').split('\n').slice(-15).join('\n')}`);
  };
  for (const step of ['install', 'build'] as const) if (commands[step]) await sh(commands[step]);
  await sh(commands.migrate!, prod);
  token = '';
  const baseline = baselineFor(framework);
  for (const [from, to] of Object.entries(baseline.copy)) {
    mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    cpSync(path.join(baselines, from), path.join(dir, to));
  }
  if (baseline.build) await sh(baseline.build);
  const running: Served[] = [];
  try {
    const app = await serve('the app', commands.start!, dir, prod, PORT);
    running.push(app);
    // The baseline checks the token the app issued (same secret); its tasks go to the same tables.
    const base = await serve('the baseline', baseline.start.replaceAll('{port}', String(PORT + 1)), dir, prod, PORT + 1);
    running.push(base);
    const headers: Record<string, string> = auth === 'jwt' ? { authorization: `Bearer ${await signIn(app.port)}` } : {};
    const taskId = await seed(app.port, headers);
    const result = await loadInTurns(app, base, headers, taskId, baseline.warmup);
    return { cell: id, ...result, baseline: baseline.label };
  } finally {
    for (const side of running.reverse()) await side.stop();
  }
}

const cpuMs = (m: Measured) => (m.cpuMs === undefined ? 'n/a' : m.cpuMs.toFixed(2));
/** Like the req/s ratio, higher is better: the baseline's CPU per request over the app's. */
const cpuRatio = (r: Row) => (r.app.cpuMs && r.base.cpuMs ? `${(r.base.cpuMs / r.app.cpuMs).toFixed(2)}x` : 'n/a');

async function main(): Promise<void> {
  await checkServers(['postgres']);
  const nodeBin = await projectNodeBin(path.join(root, 'node_modules', '.cache', 'backend-roadmap'));
  const goBin = await ensureGoTools(
    frameworks.map((f) => stackById(f).language),
    path.join(root, 'node_modules', '.cache', 'backend-roadmap'),
  );
  const java = javaToolchain(frameworks.map((f) => stackById(f).language));
  const env = { ...projectEnv([nodeBin, ...goBin, ...java.bin].join(':')), ...java.env };
  console.log(
    `bench:serve: ${SECONDS} s x ${CONNECTIONS} connections per run, 80 % list / 15 % create / 5 % read; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const rows: Row[] = [];
  for (const framework of frameworks) {
    for (const auth of auths) {
      try {
        const row = await cell(framework, auth, env);
        rows.push(row);
        console.log(
          `  ${row.cell}: ${row.app.rps.toFixed(0)} req/s vs ${row.base.rps.toFixed(0)} (${(row.app.rps / row.base.rps).toFixed(2)}x); CPU per request ${cpuMs(row.app)} vs ${cpuMs(row.base)} ms (${cpuRatio(row)})`,
        );
      } catch (err) {
        console.log(`  ${framework}-postgres-${auth}: FAILED ${(err as Error).message.split('\n').slice(0, 6).join(' | ')}`);
      }
    }
  }
  const ms = (x: number) => x.toFixed(1);
  console.log(
    '\n| cell | req/s | p50 ms | p99 ms | errors | CPU ms/req | baseline | baseline req/s | baseline p50 ms | baseline errors | baseline CPU ms/req | ratio | CPU ratio |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.cell} | ${r.app.rps.toFixed(0)} | ${ms(r.app.p50)} | ${ms(r.app.p99)} | ${r.app.errors} | ${cpuMs(r.app)} | ${r.baseline} | ${r.base.rps.toFixed(0)} | ${ms(r.base.p50)} | ${r.base.errors} | ${cpuMs(r.base)} | ${(r.app.rps / r.base.rps).toFixed(2)}x | ${cpuRatio(r)} |`,
    );
  }
  console.log(
    `\nload average at the end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(`bench:serve: ${(err as Error).message}`);
  process.exit(1);
});
