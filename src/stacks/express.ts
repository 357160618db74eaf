// TEMPORARY PLACEHOLDER written by the lead so the engine can be exercised before the real
// descriptor lands. The Express helper owns this file: replace it entirely.
import type { StackDescriptor } from './types.js';

export const express: StackDescriptor = {
  id: 'express',
  language: 'typescript',
  label: 'Express 5',
  hint: 'placeholder',
  layers: [{ dir: 'node' }, { dir: 'express' }],
  commands: (ctx) => ({
    install: ctx.pm.install,
    build: `${ctx.pm.run} build`,
    lint: `${ctx.pm.run} lint`,
    typecheck: `${ctx.pm.run} typecheck`,
    migrate: `${ctx.pm.run} db:migrate`,
    test: `${ctx.pm.run} test`,
    start: 'node dist/server.js',
    dev: `${ctx.pm.run} dev`,
  }),
  nodeManifest: () => ({ dependencies: {}, devDependencies: {}, scripts: { build: 'tsc', lint: 'biome check', typecheck: 'tsc --noEmit', 'db:migrate': 'x', test: 'vitest run', dev: 'x' }, extra: { type: 'module', engines: { node: '>=22.12' } } }),
  docs: () => ({ architecture: 'placeholder', evidence: { sql: [], rest: [], auth: [], testing: [] }, layout: [] }),
};
