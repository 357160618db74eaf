/** The one atomic write: staged beside the target, renamed into place, nothing half-written or lost. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectTarget, writeProject } from '../../src/render/write.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'cbr-write-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('writeProject', () => {
  it('creates the project in one move and leaves no staging folder', () => {
    const parent = temp();
    const dir = path.join(parent, 'api');
    writeProject(dir, files({ 'a.txt': 'A', 'src/b.ts': 'B' }), inspectTarget(dir, false));
    expect(readFileSync(path.join(dir, 'src/b.ts'), 'utf8')).toBe('B');
    expect(readdirSync(parent)).toEqual(['api']);
  });

  it('with --force, moves a user file it replaces to the backup folder and keeps the others', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'README.md'), 'mine');
    writeFileSync(path.join(dir, 'notes.txt'), 'keep');
    const result = writeProject(dir, files({ 'README.md': 'generated', 'a.txt': 'A' }), inspectTarget(dir, true));
    expect(result.backedUp).toEqual(['README.md']);
    expect(readFileSync(path.join(result.backupDir!, 'README.md'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('generated');
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('keep');
  });

  it('refuses a non-empty folder without --force', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'x'), '');
    expect(() => inspectTarget(dir, false)).toThrow(/not empty/);
  });

  it('leaves nothing behind when the project cannot be written', () => {
    const parent = temp();
    const dir = path.join(parent, 'api');
    // A file and a folder at the same path cannot both be written: the staging fails mid-way.
    expect(() => writeProject(dir, files({ 'a/b': 'x', 'a/b/c': 'y' }), inspectTarget(dir, false))).toThrow(/Nothing was created/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('with --force, restores the moved user files when a later move fails', () => {
    const dir = temp();
    writeFileSync(path.join(dir, 'README.md'), 'mine');
    // A user file where the project needs a folder: its move fails after README.md was backed up.
    writeFileSync(path.join(dir, 'notes'), 'keep');
    expect(() => writeProject(dir, files({ 'README.md': 'generated', 'notes/x': 'new' }), inspectTarget(dir, true))).toThrow(/restored/);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe('mine');
    expect(readFileSync(path.join(dir, 'notes'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
