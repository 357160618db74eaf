/**
 * The verification record (verification/cells.json): for every offered cell, a hash of its
 * rendered output and of the checks it passed (the conformance suite and verify), when,
 * on what machine, and the step timings. Written only by the smoke runner. A cell counts as
 * verified only while both hashes match what it renders and checks today.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildContext } from '../../src/context.js';
import type { TemplateCompiler } from '../../src/render/compilers.js';
import { render } from '../../src/render/engine.js';
import { withDefaults } from '../../src/answers.js';
import type { Cell } from './matrix.js';

export interface CellRecord {
  outputHash: string;
  checksHash: string;
  verifiedAt: string;
  machine: Record<string, string>;
  seconds: number;
  steps: Record<string, number>;
}

export type Record_ = Record<string, CellRecord>;

export const recordFile = (root: string) => path.join(root, 'verification', 'cells.json');

export function readRecord(root: string): Record_ {
  const file = recordFile(root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record_) : {};
}

export function writeRecord(root: string, record: Record_): void {
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(recordFile(root), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The answers the smoke generates a cell with (as the CLI records them). */
export function cellAnswers(cell: Cell) {
  return {
    ...withDefaults({ framework: cell.framework, language: cell.language, database: cell.database, auth: cell.auth, cloud: cell.cloud, packageManager: cell.packageManager }),
    name: cell.id,
    git: false,
    install: false,
  };
}

/** The hash of everything the cell renders (the same files the CLI writes). */
export function outputHash(cell: Cell, compile: () => TemplateCompiler, version: string): string {
  const h = createHash('sha256');
  for (const [p, content] of render(buildContext(cellAnswers(cell), version), compile)) {
    h.update(p).update('\0').update(content).update('\0');
  }
  return h.digest('hex');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const full = path.join(dir, e);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The hash of the checks a cell passes: the conformance suite and `verify` (the runner only orchestrates them). */
export function checksHash(root: string): string {
  const h = createHash('sha256');
  for (const dir of ['test/conformance', 'src/verify']) {
    for (const file of walk(path.join(root, dir)).sort()) h.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return h.digest('hex');
}
