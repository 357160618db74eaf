/**
 * Coverage in the generated projects: where a language measures it, the README says how and
 * where to see it, CI keeps the report of every run, and git ignores it.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/context.js';
import { COVERAGE_THRESHOLD } from '../../src/coverage.js';
import { sourceCompiler } from '../../src/render/compilers.js';
import { render } from '../../src/render/engine.js';
import { onePer } from '../helpers/combinations.js';

const compile = await sourceCompiler();
const combos = onePer((a) => a.framework);

describe.each(combos.map((a) => [a.framework, a] as const))('%s', (_, answers) => {
  const ctx = buildContext(answers, '0.1.0');
  const files = render(ctx, compile);
  const text = (p: string) => files.get(p)?.toString() ?? '';
  const coverage = ctx.lang.coverage;

  it.runIf(coverage)('says in the README how to see coverage and which floor fails the tests', () => {
    expect(text('README.md')).toContain(`fails under ${COVERAGE_THRESHOLD} %`);
    expect(text('README.md')).toContain(`\`${coverage?.report}\``);
    expect(coverage?.open.startsWith(coverage.report)).toBe(true);
  });

  it.runIf(coverage)('keeps the report of every CI run and never commits it', () => {
    const workflow = text('.github/workflows/ci.yml');
    expect(workflow).toContain(`uses: ${ctx.actions.uploadArtifact}`);
    expect(workflow).toContain(`path: ${coverage?.report}`);
    const lines = text('.gitignore').split('\n');
    expect(lines.includes(coverage!.report) || lines.includes(`/${coverage!.report}`)).toBe(true);
  });

  it.runIf(!coverage)('says nothing of coverage where it is not measured', () => {
    expect(text('README.md')).not.toMatch(/coverage/i);
    expect(text('.github/workflows/ci.yml')).not.toContain('upload-artifact');
  });
});
