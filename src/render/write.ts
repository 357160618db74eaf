/**
 * One write at the end: everything is staged in a temp folder beside the target, then moved
 * into place with rename. A failure leaves no half-written project, and no user file is ever
 * deleted: with --force, a user file that a generated one replaces is moved to a backup folder.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { UserError } from '../errors.js';
import type { RenderedFiles } from './engine.js';

export type TargetState = 'absent' | 'empty' | 'non-empty';

export type TargetProblem =
  | { kind: 'parent-file'; message: string }
  | { kind: 'file'; message: string }
  | { kind: 'non-empty'; message: string; entries: string[] };

/** What stands in the way of writing to dir without --force (undefined: nothing). Reads only. */
export function targetProblem(dir: string): TargetProblem | undefined {
  if (!existsSync(dir)) {
    // A parent that is a file makes the path impossible.
    let parent = path.dirname(dir);
    while (!existsSync(parent)) parent = path.dirname(parent);
    if (!statSync(parent).isDirectory()) return { kind: 'parent-file', message: `Cannot create ${dir}: ${parent} is a file.` };
    return undefined;
  }
  if (!lstatSync(dir).isDirectory()) {
    return { kind: 'file', message: `${dir} already exists and is not a folder. Choose another project name.` };
  }
  const entries = readdirSync(dir);
  if (entries.length === 0) return undefined;
  const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? ', …' : '');
  return {
    kind: 'non-empty',
    entries,
    message:
      `${dir} is not empty (${shown}). Choose another name, or pass --force to add the generated files ` +
      'beside the existing ones (files that would be replaced are backed up first; nothing is deleted).',
  };
}

export function inspectTarget(dir: string, force: boolean): TargetState {
  const problem = targetProblem(dir);
  if (problem?.kind === 'parent-file') throw new UserError(problem.message, 1);
  if (problem?.kind === 'file') throw new UserError(problem.message);
  if (problem?.kind === 'non-empty') {
    if (!force) throw new UserError(problem.message);
    return 'non-empty';
  }
  return existsSync(dir) ? 'empty' : 'absent';
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS' ? `permission denied (${e.path ?? ''})` : e.message;
}

export interface WriteResult {
  /** Project-relative paths of user files moved aside, and where to. */
  backedUp: string[];
  backupDir?: string;
}

/** Files written with the executable bit, by base name. */
const EXECUTABLE = new Set(['mvnw']);

export function writeProject(dir: string, files: RenderedFiles, state: TargetState): WriteResult {
  const parent = path.dirname(dir);
  const staging = path.join(parent, `.${path.basename(dir)}.tmp-${randomBytes(4).toString('hex')}`);
  const cleanup = () => rmSync(staging, { recursive: true, force: true });
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  try {
    try {
      mkdirSync(parent, { recursive: true });
      mkdirSync(staging);
      const made = new Set<string>();
      for (const [rel, content] of files) {
        const out = path.join(staging, rel);
        const dir = path.dirname(out);
        // Each folder once: most files share one, and a repeated mkdir is a failed system call.
        if (!made.has(dir)) mkdirSync(dir, { recursive: true });
        made.add(dir);
        // Wrapper scripts (mvnw) are run as `./mvnw`: they need the executable bit.
        writeFileSync(out, content, { mode: EXECUTABLE.has(path.basename(rel)) ? 0o755 : 0o644 });
      }
    } catch (err) {
      cleanup();
      throw new UserError(`Could not write the project: ${describe(err)}. Nothing was created.`, 1);
    }
    if (state === 'absent') {
      try {
        renameSync(staging, dir);
      } catch (err) {
        cleanup();
        throw new UserError(`Could not move the project into ${dir}: ${describe(err)}. Nothing was created.`, 1);
      }
      return { backedUp: [] };
    }
    return mergeInto(dir, staging, files, cleanup);
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}

/** Moves staged files into an existing folder, backing up user files they replace. */
function mergeInto(dir: string, staging: string, files: RenderedFiles, cleanup: () => void): WriteResult {
  const clashes: string[] = [];
  for (const [rel, content] of files) {
    const dest = path.join(dir, rel);
    if (!existsSync(dest)) continue;
    if (lstatSync(dest).isDirectory()) {
      cleanup();
      throw new UserError(`${dest} is a folder, but the project needs a file there. Nothing was changed.`);
    }
    if (!readFileSync(dest).equals(Buffer.from(content))) clashes.push(rel);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const backupDir = path.join(dir, '.backend-roadmap-backup', stamp);
  const moved: Array<[from: string, to: string]> = [];
  try {
    for (const rel of clashes) {
      const to = path.join(backupDir, rel);
      mkdirSync(path.dirname(to), { recursive: true });
      renameSync(path.join(dir, rel), to);
      moved.push([path.join(dir, rel), to]);
    }
    for (const rel of files.keys()) {
      const dest = path.join(dir, rel);
      mkdirSync(path.dirname(dest), { recursive: true });
      renameSync(path.join(staging, rel), dest);
    }
  } catch (err) {
    for (const [from, to] of moved.reverse()) renameSync(to, from);
    cleanup();
    throw new UserError(`Could not write into ${dir}: ${describe(err)}. Your files were restored.`, 1);
  }
  cleanup();
  return clashes.length ? { backedUp: clashes, backupDir } : { backedUp: [] };
}
