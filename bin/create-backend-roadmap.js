#!/usr/bin/env node
// Node 22.1+ keeps the compiled bytecode of dist/ (about 1 MB of bundled templates) on disk, so a
// second run skips parsing it; older Node versions have no compile cache and simply go on.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../dist/cli.js');
process.exitCode = await main();
