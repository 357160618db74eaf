import { defineConfig } from 'vitest/config';

// One config, several projects: `npm test` runs unit + render + e2e; the conformance suite has
// its own config (it needs a running server) and smoke is driven by test/smoke/run.ts.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'render', include: ['test/render/**/*.test.ts'] } },
      { test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/setup.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      // Cloud targets: actionlint on every generated workflow, deploy files against their schemas.
      { test: { name: 'cloud', include: ['test/cloud/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000 } },
    ],
  },
});
