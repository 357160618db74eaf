/**
 * The shape a maintainer relies on: every template file is used by some combination (nothing
 * dead in a layer folder), every layer a descriptor names exists, and the output paths of a
 * sample of combinations are pinned, so a file added to a shared layer shows up in review.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/context.js';
import { layersFor } from '../../src/layers/index.js';
import { packageRoot } from '../../src/paths.js';
import { listTemplates, sourceCompiler } from '../../src/render/compilers.js';
import { render } from '../../src/render/engine.js';
import { allCombinations, label } from '../helpers/combinations.js';

const combos = allCombinations();
const templates = listTemplates(packageRoot());
const used = new Set(combos.flatMap((a) => layersFor(buildContext(a, '0.1.0'))));

describe('template folders', () => {
  it('every layer a descriptor names has files', () => {
    for (const layer of used) expect(templates.some((t) => t.startsWith(`${layer}/`)), layer).toBe(true);
  });
  it('every template file belongs to a layer some combination uses', () => {
    const orphans = templates.filter((t) => ![...used].some((layer) => t.startsWith(`${layer}/`)));
    expect(orphans).toEqual([]);
  });
  it('no layer folder lies inside another (a file would have two owners)', () => {
    const layers = [...used];
    for (const a of layers) for (const b of layers) if (a !== b) expect(b.startsWith(`${a}/`), `${b} inside ${a}`).toBe(false);
  });
});

/** One sample per stack and auth mode, spread over databases, clouds and package managers. */
function samples() {
  const databases = ['postgres', 'mysql', 'sqlite'];
  const clouds = ['none', 'aws', 'fly', 'gcp', 'render', 'azure'];
  const keys = [...new Set(combos.map((a) => `${a.framework}/${a.auth}`))];
  return keys.map((key, i) => {
    const mine = combos.filter((c) => `${c.framework}/${c.auth}` === key);
    const db = mine.filter((c) => c.database === databases[i % databases.length]);
    return db.find((c) => c.cloud === clouds[i % clouds.length]) ?? db[0] ?? mine[0]!;
  });
}

describe('output paths of sample combinations', async () => {
  const compile = await sourceCompiler();
  const list = samples();
  it('covers every stack and auth mode', () => {
    expect(new Set(list.map((a) => a.framework)).size).toBe(new Set(combos.map((a) => a.framework)).size);
    expect(list.length).toBeGreaterThanOrEqual(18);
  });
  it.each(list.map((a) => [label(a), a] as const))('%s', (_, answers) => {
    const paths = [...render(buildContext(answers, '0.1.0'), compile).keys()];
    expect(paths).toMatchSnapshot();
  });
});
