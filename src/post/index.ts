/** After the write: install dependencies, then git init + first commit (so the lock file is in it). */
import { execa } from 'execa';
import type { Context } from '../context.js';

export interface PostResult {
  installed: boolean;
  installError?: string;
  committed: boolean;
  gitError?: string;
}

async function install(ctx: Context, dir: string): Promise<string | undefined> {
  try {
    await execa({ cwd: dir, stdio: 'inherit', shell: true })`${ctx.commands.install}`;
    return undefined;
  } catch (err) {
    const e = err as { shortMessage?: string; message: string };
    return e.shortMessage ?? e.message;
  }
}

async function gitInit(dir: string, version: string): Promise<string | undefined> {
  const git = (...args: string[]) => execa('git', args, { cwd: dir });
  try {
    await git('init', '-q', '-b', 'main');
    await git('add', '-A');
    const hasIdentity = await git('config', 'user.email').then(
      () => true,
      () => false,
    );
    const identity = hasIdentity ? [] : ['-c', 'user.name=create-backend-roadmap', '-c', 'user.email=create-backend-roadmap@users.noreply.github.com'];
    await execa('git', [...identity, 'commit', '-q', '--no-verify', '-m', `Initial commit from create-backend-roadmap ${version}`], { cwd: dir });
    return undefined;
  } catch (err) {
    const e = err as { stderr?: string; shortMessage?: string; message: string };
    return (e.stderr || e.shortMessage || e.message).split('\n')[0];
  }
}

export async function postGenerate(ctx: Context, dir: string): Promise<PostResult> {
  const result: PostResult = { installed: false, committed: false };
  if (ctx.install) {
    result.installError = await install(ctx, dir);
    result.installed = !result.installError;
  }
  if (ctx.git) {
    result.gitError = await gitInit(dir, ctx.generatorVersion);
    result.committed = !result.gitError;
  }
  return result;
}
