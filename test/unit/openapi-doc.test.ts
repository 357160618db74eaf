/** docs/openapi.json is what the builder produces (regenerate it with `npm run docs:openapi`). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { docsOpenApi } from '../../src/contract/docs.js';
import { packageRoot } from '../../src/paths.js';

it('docs/openapi.json equals the document src/contract builds', () => {
  const onDisk = readFileSync(path.join(packageRoot(), 'docs/openapi.json'), 'utf8');
  expect(onDisk, 'run npm run docs:openapi').toBe(docsOpenApi());
});
