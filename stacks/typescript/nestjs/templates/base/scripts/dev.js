/**
 * `npm run dev`: compile src/ to dist/ with tsc, then run the app. Node's --watch (set in the
 * `dev` script) restarts this whole script whenever a file under src/ changes.
 *
 * Why not run src/*.ts directly on Node's type stripping? Nest's dependency injection needs the
 * decorator metadata that only the TypeScript compiler writes (emitDecoratorMetadata), so the
 * app always runs compiled JavaScript, in development too. tsc is fast enough for this loop.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

// The `tsc` of the project's own typescript package, as `npm run build` uses it.
const typescript = createRequire(import.meta.url).resolve('typescript/package.json');
const tsc = path.join(path.dirname(typescript), 'bin', 'tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});

if (compiled.status === 0) {
  await import('../dist/main.js');
} else {
  console.error('Compilation failed; fix the errors above and save to try again.');
}
