/**
 * Speed, side by side in one run: create-backend-roadmap against create-vite 9 and
 * create-t3-app 7. Reports medians and ratios (ours / theirs; < 1 means we are faster).
 *   npm run bench [-- --runs 15]
 * Measures: startup (--help), non-interactive generation (with files written), and a cold
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

async function time(cmd: string, args: string[], cwd: string): Promise<number> {
  const t0 = performance.now();
  const r = await execa(cmd, args, { cwd, reject: false, stdin: 'ignore', env: { CI: '1', NO_COLOR: '1', npm_config_user_agent: 'npm/11' } });
  const ms = performance.now() - t0;
  if (r.exitCode !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr || r.stdout}`);
  return ms;
}

/** Median wall time of `runs` runs, each in a fresh temp dir; returns files written by the last. */
async function measure(label: string, args: (dir: string) => string[], outDir?: string) {
  const times: number[] = [];
  let files = 0;
  for (let i = 0; i < RUNS; i++) {
    const cwd = mkdtempSync(path.join(tmpdir(), 'cbr-bench-'));
    times.push(await time(process.execPath, args(cwd), cwd));
    if (outDir) files = countFiles(path.join(cwd, outDir));
    rmSync(cwd, { recursive: true, force: true });
  }
  return { label, ms: median(times), files };
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

  const help = [
    await measure('create-backend-roadmap --help', () => [ours, '--help']),
    await measure('create-vite --help', () => [vite, '--help']),
    await measure('create-t3-app --help', () => [t3, '--help']),
  ];
  const gen = [
    await measure('create-backend-roadmap (default project)', () => [ours, 'app', '--yes', '--no-git', '--no-install'], 'app'),
    await measure('create-vite --template react-ts', () => [vite, 'app', '--template', 'react-ts', '--no-interactive', '--no-immediate'], 'app'),
    await measure('create-t3-app --CI', () => [t3, 'app', '--CI', '--noGit', '--noInstall'], 'app'),
  ];
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
      files: 0,
    },
    {
      label: 'npm exec create-vite@9 (registry, empty cache)',
      ms: median([
        await coldExec('create-vite@9', 'create-vite', ['--help']),
        await coldExec('create-vite@9', 'create-vite', ['--help']),
        await coldExec('create-vite@9', 'create-vite', ['--help']),
      ]),
      files: 0,
    },
  ];
  const size = statSync(tarball).size;

  const rows: string[] = ['| measurement | median ms | files | ratio vs create-vite | ratio vs create-t3-app |', '| --- | --- | --- | --- | --- |'];
  const add = (group: Array<{ label: string; ms: number; files: number }>) => {
    const [o, v, t] = group;
    for (const r of group) {
      const ratio = (x?: { ms: number }) => (r === o && x ? (o!.ms / x.ms).toFixed(2) : '');
      rows.push(`| ${r.label} | ${r.ms.toFixed(0)} | ${r.files || ''} | ${ratio(v)} | ${ratio(t)} |`);
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
