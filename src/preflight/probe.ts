/**
 * Runs the programs the preflight asks about. Everything goes through a Machine, so tests (and
 * the e2e suite, through the process's own PATH) decide what is installed.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';

export interface ProbeResult {
  /** The program was found and exited 0. */
  ok: boolean;
  /** Not found on PATH (ENOENT), as opposed to found but failing. */
  missing: boolean;
  output: string;
}

export interface Machine {
  env: NodeJS.ProcessEnv;
  cwd: string;
  run: (argv: string[]) => Promise<ProbeResult>;
  /** Whether a program is on PATH, without running it (some take a second just to start: npm, pyenv shims). */
  which: (cmd: string) => boolean;
  /** Whether something accepts TCP connections at host:port. */
  listening: (host: string, port: number) => Promise<boolean>;
}

export function realMachine(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Machine {
  return {
    env,
    cwd,
    run: async ([cmd, ...args]) => {
      // `node --version` of the very node running this CLI: known without starting another one.
      if (args.length === 1 && args[0] === '--version' && isThisNode(onPath(cmd!, env))) return { ok: true, missing: false, output: process.version };
      // The env's PATH is the one searched (child_process uses options.env.PATH for the lookup).
      // node:child_process rather than execa: a probe needs no more, and a generation that probes
      // only git then never loads execa (a sixth of the CLI's code).
      return new Promise((resolve) => {
        const child = execFile(cmd!, args, { env, cwd, timeout: 5000, windowsHide: true }, (err, stdout, stderr) => {
          const code = (err as NodeJS.ErrnoException | null)?.code;
          const output = `${stdout}\n${stderr}`.trim();
          resolve({ ok: err === null, missing: code === 'ENOENT' || child.exitCode === 127, output });
        });
        child.stdin?.end();
      });
    },
    which: (cmd) => onPath(cmd, env) !== undefined,
    listening: (host, port) =>
      new Promise((resolve) => {
        const socket = connect({ host, port, timeout: 800 });
        const done = (up: boolean) => {
          socket.destroy();
          resolve(up);
        };
        socket.once('connect', () => done(true));
        socket.once('timeout', () => done(false));
        socket.once('error', () => done(false));
      }),
  };
}

function isThisNode(file: string | undefined): boolean {
  try {
    return file !== undefined && realpathSync(file) === realpathSync(process.execPath);
  } catch {
    return false;
  }
}

/** The program's path on env's PATH, if it is there and executable. */
function onPath(cmd: string, env: NodeJS.ProcessEnv): string | undefined {
  const exts = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const file = path.join(dir, cmd + ext);
      try {
        if (!statSync(file).isFile()) continue;
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/** The first dotted version number in a program's output: `v22.12.0`, `Python 3.11.7`, `go1.26.8`. */
export function versionIn(output: string): string | undefined {
  return /(\d+\.\d+(?:\.\d+)?)/.exec(output)?.[1];
}

/** a >= b for dotted versions (missing parts count as 0). */
export function atLeast(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
