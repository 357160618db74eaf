import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const bin = path.join(root, 'bin/create-backend-roadmap.js');

export const tempDir = (prefix = 'cbr-e2e-') => mkdtempSync(path.join(tmpdir(), prefix));

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
