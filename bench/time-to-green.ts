/**
 * Time to green: from `npm create` to a passing check, for the postgres + jwt cell of every
 * offered stack (Node stacks with npm), beside create-t3-app --CI (generate + install + typecheck).
 * Python anchors (full-stack-fastapi-template, cookiecutter-django) are GitHub templates, not
 * registry packages, and GitHub is not reachable here: none is measured.
 *   npm run bench:ttg [-- --runs 3] [--frameworks express,fastify] [--revalidate] [--keep]
 * Per run and target: cold = a fresh project installed into an empty package cache (npm's, uv's,
 * Go's module and build caches, Maven's repository and wrapper); warm = another fresh project
 * installed with the cache that cold install just filled. Phases: generate (the CLI,
 * no install, no git), install (the project's own install command), green (ours: the project's
 * test command against a fresh PostgreSQL database; t3: its typecheck script). Everything runs on
 * the Node generated projects need (test/smoke/node.ts), in the smoke's environment, so npm prefers
 * its cache (--prefer-offline). --revalidate drops that: npm then revalidates every cached packument,
 * which through a registry or proxy that sends no cache headers refetches them all (warm ~ cold).
 * Medians over --runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { STACKS, stackById } from '../stacks/index.js';
import { projectEnv } from '../test/smoke/env.js';
import { javaToolchain } from '../test/smoke/java.js';
import { projectNodeBin } from '../test/smoke/node.js';
import { checkServers, recreateDatabase } from '../test/smoke/services.js';
import { median, ours, prepare, root, t3 } from './lib.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, frameworks: { type: 'string' }, revalidate: { type: 'boolean' }, keep: { type: 'boolean' } },
});
const RUNS = Number(values.runs);
const frameworks = values.frameworks?.split(',') ?? STACKS.filter((s) => !s.experimental).map((s) => s.id);
const work = mkdtempSync(path.join(tmpdir(), 'cbr-ttg-'));

const PHASES = ['generate', 'install', 'green'] as const;
type Phase = (typeof PHASES)[number];
type Times = Record<Phase | 'total', number> & { packages: number };
type Cache = 'cold' | 'warm';

interface Target {
  label: string;
  /** The variables that point the target's package manager at a cache folder. */
  cache: (dir: string) => Record<string, string>;
  /** Arguments for node, run in an empty folder; the project goes to ./app. */
  generate: string[];
  /** Read from the generated project: its install command and the command that must pass. */
  commands: (dir: string) => Promise<{ install: string; green: string; env?: Record<string, string> }>;
}

/** Where each language's package manager keeps what it downloads, moved into `dir`. */
function cacheEnv(language: string, dir: string): Record<string, string> {
  switch (language) {
    case 'python':
      return { UV_CACHE_DIR: dir };
    case 'go':
      return { GOMODCACHE: path.join(dir, 'mod'), GOCACHE: path.join(dir, 'build'), GOFLAGS: '-modcacherw' };
    case 'java':
      // The Maven wrapper keeps Maven itself below MAVEN_USER_HOME; Maven reads MAVEN_ARGS.
      return { MAVEN_USER_HOME: path.join(dir, 'm2'), MAVEN_ARGS: `-Dmaven.repo.local=${path.join(dir, 'repository')}` };
    default:
      return { npm_config_cache: dir };
  }
}

function ourTarget(framework: string): Target {
  const stack = stackById(framework);
  return {
    label: `create-backend-roadmap ${framework}`,
    cache: (dir) => cacheEnv(stack.language, dir),
    generate: [ours, 'app', '--yes', '--framework', framework, '--auth', 'jwt', '--database', 'postgres', '--no-install', '--no-git', ...(stack.experimental ? ['--experimental'] : [])],
    commands: async (dir) => {
      const meta = JSON.parse(readFileSync(path.join(dir, '.backend-roadmap.json'), 'utf8'));
      const database = await recreateDatabase(meta.answers.database, `ttg_${framework}`);
      return { install: meta.commands.install, green: meta.commands.test, env: { DATABASE_URL: database } };
    },
  };
}

const t3Target: Target = {
  label: 'create-t3-app --CI',
  cache: (dir) => cacheEnv('typescript', dir),
  generate: [t3, 'app', '--CI', '--noGit', '--noInstall'],
  commands: async (dir) => {
    const scripts = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).scripts ?? {};
    return { install: 'npm install', green: scripts.typecheck ? 'npm run typecheck' : 'npx tsc --noEmit' };
  },
};

/** One generate + install + green in a fresh folder with the given npm cache. */
async function trial(target: Target, cache: string, env: Record<string, string>, node: string, id: string): Promise<Times> {
  const cwd = mkdtempSync(path.join(work, `${id}-`));
  const dir = path.join(cwd, 'app');
  const base = { ...env, ...target.cache(cache) };
  const log: string[] = [];
  const run = async (phase: Phase, file: string, args: string[], opts: { cwd: string; env: Record<string, string>; shell?: boolean }) => {
    log.push(`\n$ ${[file, ...args].join(' ')}   # ${phase}`);
    const t0 = performance.now();
    const r = await execa(file, args, { ...opts, stdin: 'ignore', all: true, reject: false });
    const seconds = (performance.now() - t0) / 1000;
    log.push(r.all ?? '');
    if (r.exitCode !== 0) {
      const logFile = path.join(work, `${id}.log`);
      writeFileSync(logFile, log.join('\n'));
      throw new Error(`${target.label}: ${phase} exited ${r.exitCode}; log ${logFile}\n${log.join('\n').split('\n').slice(-30).join('\n')}`);
    }
    return { seconds, output: r.all ?? '' };
  };
  // npm create passes its user agent; create-t3-app picks the package manager from it.
  const gen = await run('generate', node, target.generate, { cwd, env: { ...base, npm_config_user_agent: 'npm/11 node/v24' } });
  const { install, green, env: extra } = await target.commands(dir);
  const inst = await run('install', install, [], { cwd: dir, env: base, shell: true });
  const check = await run('green', green, [], { cwd: dir, env: { ...base, ...extra }, shell: true });
  if (!values.keep) rmSync(cwd, { recursive: true, force: true });
  const packages = Number(/added (\d+) packages?/.exec(inst.output)?.[1] ?? 0);
  return { generate: gen.seconds, install: inst.seconds, green: check.seconds, total: gen.seconds + inst.seconds + check.seconds, packages };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const fmt = (s: number) => s.toFixed(1);

async function main(): Promise<void> {
  const targets = [...frameworks.map(ourTarget), t3Target];
  await checkServers(['postgres']);
  await prepare();
  const nodeBin = await projectNodeBin(path.join(root, 'node_modules', '.cache', 'backend-roadmap'));
  const java = javaToolchain(frameworks.map((f) => stackById(f).language));
  const env = { ...projectEnv([nodeBin, ...java.bin].join(':')), ...java.env };
  if (values.revalidate) delete env.npm_config_prefer_offline;
  const node = path.join(nodeBin, 'node');
  const versions = await execa('npm', ['--version'], { env }).then(async (npm) => `node ${(await execa(node, ['--version'])).stdout}, npm ${npm.stdout}`);
  const mode = values.revalidate ? 'npm revalidates its cache' : 'npm --prefer-offline';
  console.log(`bench:ttg: ${targets.length} targets x cold/warm x ${RUNS} run(s); ${versions}; ${mode}; ${work}`);
  console.log(`load average at start: ${load()}`);

  const results = new Map<string, Record<Cache, Times[]>>(targets.map((t) => [t.label, { cold: [], warm: [] }]));
  for (let i = 0; i < RUNS; i++) {
    for (const target of targets) {
      const cache = mkdtempSync(path.join(work, 'npm-cache-'));
      for (const temp of ['cold', 'warm'] as const) {
        const id = `${target.label.split(' ').pop()!.replace(/\W/g, '')}-${temp}-${i + 1}`;
        const r = await trial(target, cache, env, node, id);
        results.get(target.label)![temp].push(r);
        console.log(`${target.label} ${temp} #${i + 1}: ${PHASES.map((p) => `${p} ${fmt(r[p])}s`).join(', ')}; total ${fmt(r.total)}s (load ${load()})`);
      }
      rmSync(cache, { recursive: true, force: true });
    }
  }

  const med = (xs: Times[]) => {
    const pick = (k: keyof Times) => median(xs.map((x) => x[k]));
    return { generate: pick('generate'), install: pick('install'), green: pick('green'), total: pick('total'), packages: pick('packages') };
  };
  const anchor = results.get(t3Target.label)!;
  const rows = [
    `| target | cache | generate s | install s | green s (test / typecheck) | total s | largest step | npm packages | total / t3 |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const temp of ['cold', 'warm'] as const) {
    const t3Total = med(anchor[temp]).total;
    for (const [label, byCache] of results) {
      const m = med(byCache[temp]);
      const ratio = label === t3Target.label ? '' : (m.total / t3Total).toFixed(2);
      const largest = PHASES.reduce((a, b) => (m[b] > m[a] ? b : a));
      rows.push(`| ${label} | ${temp} | ${fmt(m.generate)} | ${fmt(m.install)} | ${fmt(m.green)} | ${fmt(m.total)} | ${largest} | ${m.packages || ''} | ${ratio} |`);
    }
  }
  console.log(`\n${RUNS > 1 ? `medians of ${RUNS} runs` : '1 run'}; green = the project's own test command against PostgreSQL for ours, npm run typecheck for t3; ${mode}\n`);
  console.log(rows.join('\n'));
  console.log(`\nload average at end: ${load()} (${availableParallelism()} cores)`);
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(`bench:ttg: ${(err as Error).message}`);
  process.exit(1);
});
