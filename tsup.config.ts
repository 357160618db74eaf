import { defineConfig } from 'tsup';

// Bundle the CLI and its runtime dependencies into dist/ so `npx` installs one small package
// with no dependency tree (cold install speed). Code splitting keeps --help from loading
// handlebars, prompts and execa.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: 'esm',
  target: 'node20',
  platform: 'node',
  splitting: true,
  clean: true,
  minify: true,
  noExternal: [/.*/],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
