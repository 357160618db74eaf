/** The bundled conformance runner (test/conformance/all.ts) imports every test file of the suite. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

const dir = path.join(packageRoot(), 'test/conformance');

it('all.ts imports every conformance test file once', () => {
  const onDisk = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).map((f) => f.replace(/\.test\.ts$/, '')).sort();
  const imported = [...readFileSync(path.join(dir, 'all.ts'), 'utf8').matchAll(/import '\.\/(.+)\.test\.js';/g)].map((m) => m[1]!);
  expect([...imported].sort()).toEqual(onDisk);
});
