/**
 * The zero-setup check: a PostgreSQL project's own tests run with no database URL at all, as a
 * learner's first test run does, so the project starts its embedded PostgreSQL. Driven through
 * `verify --only test --embedded`, like every other step of a cell.
 *
 * An embedded server that refuses to run as root (initdb does, for Go's embedded-postgres) is
 * checked as an ordinary user when the smoke runs as root, as CI does: the cell's folder is handed
 * to that user for the run and given back afterwards.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { languageById } from '../../stacks/index.js';
import type { Cell } from './matrix.js';

const USER = 'cbr-smoke';
const HOME = '/var/tmp/cbr-smoke-home';

/** One PostgreSQL cell per stack carries the check (the embedded code is shared by its auth modes). */
export const checksEmbedded = (cell: Cell): boolean =>
  cell.database === 'postgres' && cell.auth === 'jwt' && languageById(cell.language).embeddedPostgres !== undefined;

export interface EmbeddedResult {
  ok: boolean;
  seconds: number;
  output: string;
}

export async function runEmbedded(cell: Cell, dir: string, root: string, env: Record<string, string>): Promise<EmbeddedResult> {
  const verifyArgs = ['verify', dir, '--json', '--only', 'test', '--embedded'];
  const asUser = languageById(cell.language).embeddedPostgres?.unprivileged === true && process.getuid?.() === 0;
  const t0 = performance.now();
  let cli: string | undefined;
  try {
    if (asUser) cli = await handOver(dir, root);
    const r = cli
      ? await execa('runuser', ['-u', USER, '--', 'env', `HOME=${HOME}`, `PATH=${env.PATH}`, ...userCaches(), process.execPath, cli, ...verifyArgs], {
          all: true,
          reject: false,
        })
      : await execa(process.execPath, [path.join(root, 'bin/create-backend-roadmap.js'), ...verifyArgs], { env, all: true, reject: false });
    return { ok: r.exitCode === 0, seconds: (performance.now() - t0) / 1000, output: r.all ?? '' };
  } finally {
    if (asUser) await execa('chown', ['-R', 'root:root', dir], { reject: false });
    if (cli) rmSync(path.dirname(path.dirname(cli)), { recursive: true, force: true });
  }
}

/** The user's own module and build caches (root's live under /root, which it cannot read). */
function userCaches(): string[] {
  return [`GOPATH=${HOME}/go`, `GOCACHE=${HOME}/.cache/go-build`, `XDG_CACHE_HOME=${HOME}/.cache`];
}

/**
 * Gives the user the cell and a copy of the built CLI (the checkout may sit under /root); returns
 * the CLI's path. Each run copies into a folder of its own, so smokes running at once (two
 * checkouts) never swap the CLI under each other.
 */
async function handOver(dir: string, root: string): Promise<string> {
  const exists = await execa('id', ['-u', USER], { reject: false });
  if (exists.exitCode !== 0) await execa('useradd', ['--system', '--no-create-home', '--home-dir', HOME, '--shell', '/usr/sbin/nologin', USER]);
  mkdirSync(HOME, { recursive: true });
  const cli = mkdtempSync(path.join(HOME, 'cli-'));
  for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(root, part), path.join(cli, part), { recursive: true });
  await execa('chown', ['-R', `${USER}:`, HOME, dir]);
  // Every folder above the cell must be passable (mkdtemp makes the smoke's work dir 0700).
  for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) await execa('chmod', ['o+x', d], { reject: false });
  return path.join(cli, 'bin/create-backend-roadmap.js');
}
