/** Start a generated app with its own start command, wait for /health, stop it with SIGTERM. */
import { spawn } from 'node:child_process';

export interface RunningApp {
  stop: () => Promise<{ graceful: boolean }>;
  output: () => string;
}

const START_TIMEOUT_S = 120;

export async function startApp(command: string, opts: { cwd: string; env: Record<string, string>; port: number }): Promise<RunningApp> {
  const child = spawn(command, { cwd: opts.cwd, env: opts.env, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let alive = true;
  void exited.then(() => (alive = false));
  const stop = async () => {
    if (!alive) return { graceful: true };
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return { graceful: true };
    }
    const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000));
    if ((await Promise.race([exited, timer])) === 'timeout') {
      process.kill(-child.pid!, 'SIGKILL');
      return { graceful: false };
    }
    return { graceful: true };
  };
  // A JVM app on a busy 2-core machine can take over a minute to answer its first request.
  const deadline = Date.now() + START_TIMEOUT_S * 1000;
  while (Date.now() < deadline) {
    if (!alive) throw Object.assign(new Error(`app exited before serving:\n${out}`), { step: 'start' });
    try {
      const res = await fetch(`http://127.0.0.1:${opts.port}/health`);
      if (res.ok) return { stop, output: () => out };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw Object.assign(new Error(`app did not answer /health within ${START_TIMEOUT_S} s:\n${out}`), { step: 'start' });
}
