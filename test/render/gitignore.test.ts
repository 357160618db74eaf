/**
 * The generated .gitignore never hides a file the generator writes: the first commit (and the
 * learner's CI) would silently lack it. Checked with git itself, per stack, database and auth mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/context.js';
import { sourceCompiler } from '../../src/render/compilers.js';
import { render } from '../../src/render/engine.js';
import { onePer } from '../helpers/combinations.js';

const compile = await sourceCompiler();
const combos = onePer((a) => `${a.framework}/${a.database}/${a.auth}`);

/** The rendered paths git would leave out, given the rendered .gitignore files. */
function ignored(files: Map<string, string | Buffer>): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'cbr-gitignore-'));
  try {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    for (const [p, content] of files) {
      if (path.basename(p) !== '.gitignore') continue;
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), content);
    }
    try {
      const out = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], { cwd: dir, input: [...files.keys()].join('\n') });
      return out.toString().split('\n').filter(Boolean);
    } catch (err) {
      // Exit 1: nothing is ignored.
      if ((err as { status?: number }).status === 1) return [];
      throw err;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the generated .gitignore', () => {
  it.each(combos.map((a) => [`${a.framework}/${a.database}/${a.auth}`, a] as const))('%s: ignores none of the generated files', (_, answers) => {
    const files = render(buildContext(answers, '0.1.0'), compile);
    expect(ignored(files)).toEqual([]);
  });
});
