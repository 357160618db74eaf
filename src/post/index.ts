/**
 * After the write: install dependencies; without an install (--no-install, or a failed one),
 * resolve the lock file alone, so the first commit always has it (CI installs from it); then
 * git init + the first commit, authored by the learner's git identity.
 */
import type { Context } from '../context.js';
import type { GitIdentity } from '../preflight/index.js';

/** Who the first commit is by when git has no identity (the CLI says so and how to amend). */
export const FALLBACK_IDENTITY = { name: 'create-backend-roadmap', email: 'create-backend-roadmap@users.noreply.github.com' };

export interface PostOptions {
  identity: GitIdentity;
  /** git was found by the preflight. */
  gitInstalled: boolean;
  /** Why the lock command cannot run here (its tool is missing), from the preflight. */
  lockBlocked?: string;
  /** Let the install print its own output (no spinner). */
  streams: boolean;
}

export type LockOutcome =
  | { status: 'installed' }
  | { status: 'resolved'; command: string }
  | { status: 'failed'; command: string; reason: string }
  /** The stack's build tool has no lock file (Maven). */
  | { status: 'none' }
  | { status: 'skipped' };

export interface PostResult {
  installed: boolean;
  installError?: string;
  /** The install's last output lines, when it failed and its output was not shown. */
  installOutput?: string;
  lock: LockOutcome;
  committed: boolean;
  gitError?: string;
  /** The first commit used FALLBACK_IDENTITY. */
  fallbackAuthor: boolean;
}

/** execa, loaded on first use: a run with neither install nor git never loads it. */
const loadExeca = () => import('execa').then((m) => m.execa);

const tail = (text: string, lines = 15) => text.trim().split('\n').slice(-lines).join('\n');

async function install(ctx: Context, dir: string, streams: boolean): Promise<{ error?: string; output?: string }> {
  const execa = await loadExeca();
  try {
    await execa({ cwd: dir, stdio: streams ? 'inherit' : 'pipe', shell: true, all: !streams })`${ctx.commands.install}`;
    return {};
  } catch (err) {
    const e = err as { shortMessage?: string; message: string; all?: string };
    return { error: e.shortMessage ?? e.message, ...(e.all ? { output: tail(e.all) } : {}) };
  }
}

/** The command that writes the lock file without installing, if the stack has a lock file. */
export function lockCommand(ctx: Context): string | undefined {
  if (ctx.commands.lock) return ctx.commands.lock;
  // Node and Python stacks: their package manager's lock-only mode (npm, pnpm, uv).
  return ctx.stack.nodeManifest || ctx.stack.pythonManifest ? ctx.pm.lockOnly : undefined;
}

async function resolveLock(ctx: Context, dir: string, blocked: string | undefined): Promise<LockOutcome> {
  const command = lockCommand(ctx);
  if (!command) return { status: 'none' };
  if (blocked) return { status: 'failed', command, reason: blocked };
  const execa = await loadExeca();
  try {
    await execa({ cwd: dir, shell: true, all: true, timeout: 300_000 })`${command}`;
    return { status: 'resolved', command };
  } catch (err) {
    const e = err as { shortMessage?: string; message: string; all?: string };
    const last = e.all ? tail(e.all, 3) : '';
    return { status: 'failed', command, reason: last || e.shortMessage || e.message };
  }
}

async function gitInit(dir: string, version: string, identity: GitIdentity): Promise<{ error?: string; fallback: boolean }> {
  const execa = await loadExeca();
  const git = (...args: string[]) => execa('git', args, { cwd: dir });
  const fallback = !(identity.name && identity.email);
  try {
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    const author = fallback ? ['-c', `user.name=${FALLBACK_IDENTITY.name}`, '-c', `user.email=${FALLBACK_IDENTITY.email}`] : [];
    await execa('git', [...author, 'commit', '-q', '--no-verify', '-m', `Initial commit from create-backend-roadmap ${version}`], { cwd: dir });
    return { fallback };
  } catch (err) {
    const e = err as { stderr?: string; shortMessage?: string; message: string };
    return { error: (e.stderr || e.shortMessage || e.message).split('\n')[0], fallback };
  }
}

export async function postGenerate(ctx: Context, dir: string, opts: PostOptions): Promise<PostResult> {
  const result: PostResult = { installed: false, committed: false, lock: { status: 'skipped' }, fallbackAuthor: false };
  if (ctx.install) {
    const r = await install(ctx, dir, opts.streams);
    if (r.error) result.installError = r.error;
    if (r.output) result.installOutput = r.output;
    result.installed = !r.error;
  }
  const git = ctx.git && opts.gitInstalled;
  if (result.installed) result.lock = { status: 'installed' };
  else if (git) result.lock = await resolveLock(ctx, dir, opts.lockBlocked);
  if (git) {
    const r = await gitInit(dir, ctx.generatorVersion, opts.identity);
    if (r.error) result.gitError = r.error;
    result.committed = !r.error;
    result.fallbackAuthor = r.fallback && result.committed;
  }
  return result;
}
