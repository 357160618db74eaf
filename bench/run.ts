/**
 * Speed, side by side in one run: create-backend-roadmap against create-vite 9 and
 * create-t3-app 7. Reports medians and ratios (ours / theirs; < 1 means we are faster).
 *   npm run bench [-- --runs 15]
 * Measures: startup (--help), non-interactive generation (with files written), wall and CPU
 * time (user + system, which other load on the machine inflates less), and a cold
 * `npm exec` of the packed package (empty npm cache) to approximate `npx` for a first-time user.
 * Time to a green test run after install: bench/time-to-green.ts (npm run bench:ttg).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { median, ours, prepare, root, t3, vite } from './lib.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' } } });
const RUNS = Number(values.runs);

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

interface Sample {
  wall: number;
  /** User + system CPU time of the process and its children. */
  cpu: number;
}

/**
 * One run under bash's `time` (TIMEFORMAT: real, user, sys): the CPU figure stays meaningful
 * when other work loads the machine, which inflates wall times.
 */
async function time(args: string[], cwd: string): Promise<Sample> {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const r = await execa('bash', ['-c', `TIMEFORMAT='%R %U %S'; time ${quoted} >/dev/null 2>&1`], {
    cwd,
    reject: false,
    stdin: 'ignore',
    env: { CI: '1', NO_COLOR: '1', npm_config_user_agent: 'npm/11' },
  });
  if (r.exitCode !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.exitCode})`);
  const [real = 0, user = 0, sys = 0] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { wall: real * 1000, cpu: (user + sys) * 1000 };
}

interface Measured {
  label: string;
  ms: number;
  cpu: number;
  files: number;
}

/**
 * Medians over `runs` rounds; each round runs every command once, in a rotating order, each in a
 * fresh temp dir (so drift and caches weigh on all alike). Files: those the last run wrote to outDir.
 */
async function measure(group: Array<{ label: string; args: string[] }>, outDir?: string): Promise<Measured[]> {
  const samples = group.map(() => [] as Sample[]);
  const files = group.map(() => 0);
  for (let round = 0; round < RUNS; round++) {
    for (let k = 0; k < group.length; k++) {
      const i = (round + k) % group.length;
      const cwd = mkdtempSync(path.join(tmpdir(), 'cbr-bench-'));
      samples[i]!.push(await time(group[i]!.args, cwd));
      if (outDir) files[i] = countFiles(path.join(cwd, outDir));
      rmSync(cwd, { recursive: true, force: true });
    }
  }
  return group.map((g, i) => ({
    label: g.label,
    ms: median(samples[i]!.map((x) => x.wall)),
    cpu: median(samples[i]!.map((x) => x.cpu)),
    files: files[i]!,
  }));
}

async function coldExec(spec: string, bin: string, args: string[]): Promise<number> {
  const cache = mkdtempSync(path.join(tmpdir(), 'cbr-bench-npmcache-'));
  const cwd = mkdtempSync(path.join(tmpdir(), 'cbr-bench-cold-'));
  try {
    const t0 = performance.now();
    await execa('npm', ['exec', '--yes', `--cache=${cache}`, `--package=${spec}`, '--', bin, ...args], { cwd, stdin: 'ignore' });
    return performance.now() - t0;
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true });
  }
}

async function main() {
  console.log(`bench: node ${process.version}, ${RUNS} runs each, medians`);
  await prepare();

  const help = await measure([
    { label: 'create-backend-roadmap --help', args: [ours, '--help'] },
    { label: 'create-vite --help', args: [vite, '--help'] },
    { label: 'create-t3-app --help', args: [t3, '--help'] },
  ]);
  const gen = await measure(
    [
      { label: 'create-backend-roadmap (default project)', args: [ours, 'app', '--yes', '--no-git', '--no-install'] },
      { label: 'create-vite --template react-ts', args: [vite, 'app', '--template', 'react-ts', '--no-interactive', '--no-immediate'] },
      { label: 'create-t3-app --CI', args: [t3, 'app', '--CI', '--noGit', '--noInstall'] },
    ],
    'app',
  );
  const pack = await execa('npm', ['pack', '--silent', '--pack-destination', tmpdir()], { cwd: root });
  const tarball = path.join(tmpdir(), pack.stdout.trim().split('\n').pop()!);
  const cold = [
    {
      label: 'npm exec create-backend-roadmap (packed, empty cache)',
      ms: median([
        await coldExec(tarball, 'create-backend-roadmap', ['--version']),
        await coldExec(tarball, 'create-backend-roadmap', ['--version']),
        await coldExec(tarball, 'create-backend-roadmap', ['--version']),
      ]),
      cpu: 0,
      files: 0,
    },
    {
      label: 'npm exec create-vite@9 (registry, empty cache)',
      ms: median([
        await coldExec('create-vite@9', 'create-vite', ['--help']),
        await coldExec('create-vite@9', 'create-vite', ['--help']),
        await coldExec('create-vite@9', 'create-vite', ['--help']),
      ]),
      cpu: 0,
      files: 0,
    },
  ];
  const size = statSync(tarball).size;

  const rows: string[] = [
    '| measurement | median wall ms | median CPU ms | files | wall vs create-vite | CPU vs create-vite | wall vs create-t3-app | CPU vs create-t3-app |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const add = (group: Measured[]) => {
    const [o, v, t] = group;
    for (const r of group) {
      const ratio = (key: 'ms' | 'cpu', x?: Measured) => (r === o && x && x[key] > 0 ? (o[key] / x[key]).toFixed(2) : '');
      const cpu = r.cpu > 0 ? r.cpu.toFixed(0) : '';
      rows.push(
        `| ${r.label} | ${r.ms.toFixed(0)} | ${cpu} | ${r.files || ''} | ${ratio('ms', v)} | ${ratio('cpu', v)} | ${ratio('ms', t)} | ${ratio('cpu', t)} |`,
      );
    }
  };
  add(help);
  add(gen);
  add(cold);
  console.log(`\n${rows.join('\n')}\n\npacked size: ${(size / 1024).toFixed(0)} KiB (${path.basename(tarball)})`);
  rmSync(tarball, { force: true });
}

main().catch((err) => {
  console.error(`bench: ${(err as Error).message}`);
  process.exit(1);
});
