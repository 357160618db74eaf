/**
 * Project directory and package name validation. The positional argument is a directory
 * inside the current one (or "." for the current one); its base name becomes the npm package
 * name, so it must be a valid one.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const RESERVED = new Set(['node_modules', 'favicon.ico', ...builtinModules.filter((m) => !m.includes('/'))]);

/** Returns an error message, or undefined when the name is a valid package name. */
export function packageNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'the name is empty';
  if (name.length > 214) return 'the name is longer than 214 characters';
  if (name !== name.trim() || /\s/.test(name)) return 'the name contains spaces';
  if (name !== name.toLowerCase()) return 'the name contains uppercase letters';
  if (name === '.' || name === '..') return `"${name}" is not a name`;
  if (/^[._]/.test(name)) return 'the name starts with "." or "_"';
  if (!/^[a-z0-9][a-z0-9._~-]*$/.test(name)) return 'use only lowercase letters, digits, "-", ".", "_" and "~"';
  if (RESERVED.has(name)) return `"${name}" is a reserved name (a Node.js built-in or npm special name)`;
  return undefined;
}

export interface ProjectTarget {
  /** Absolute target directory. */
  dir: string;
  /** Package name (base name of dir). */
  name: string;
}

/** Resolves and validates the positional argument relative to cwd. Throws a message string. */
export function resolveTarget(arg: string, cwd = process.cwd()): ProjectTarget {
  const raw = arg.trim() === '' ? arg : arg.replace(/[\\/]+$/, '');
  if (path.isAbsolute(raw)) {
    throw `"${arg}" is an absolute path; run the command from the parent folder and pass a relative name`;
  }
  const segments = raw.split(/[\\/]+/);
  if (raw !== '.' && segments.some((s) => s === '..' || s === '.' || s === '')) {
    throw `"${arg}" must stay inside the current folder (no ".", ".." or empty path segments)`;
  }
  const dir = path.resolve(cwd, raw);
  const name = raw === '.' ? path.basename(cwd) : segments[segments.length - 1]!;
  const problem = packageNameProblem(name);
  if (problem) throw `"${name}" is not a valid project name: ${problem}`;
  return { dir, name };
}
