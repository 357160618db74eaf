import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll } from 'vitest';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin/create-backend-roadmap.js');

const created: string[] = [];
// Registered on the root suite of every test file that imports this helper.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp folder, removed after the test file has run. */
export function tempDir(prefix = 'cbr-e2e-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI without a TTY, as CI and teachers' scripts do. */
export async function cli(args: string[], opts: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  const r = await execa(process.execPath, [bin, ...args], {
    cwd: opts.cwd,
    reject: false,
    stdin: 'ignore',
    env: opts.env ?? { NO_COLOR: '1', npm_config_user_agent: '' },
  });
  return { exitCode: r.exitCode ?? 1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
