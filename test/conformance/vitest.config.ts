/**
 * Black-box conformance suite: run against an app that is already running.
 *   BASE_URL=http://127.0.0.1:3000 AUTH=jwt|session|none JWT_SECRET=... ADMIN_EMAIL=... \
 *   npx vitest run --config test/conformance/vitest.config.ts
 * See test/conformance/env.ts for the variables.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/conformance/**/*.test.ts'],
    globalSetup: ['test/conformance/global-setup.ts'],
    // One app and one database: files run one after another, tests in order.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Vitest sets process.env.BASE_URL to Vite's base ('/') inside test workers, so the
    // caller's BASE_URL travels under another name (read by env.ts).
    env: { CONFORMANCE_BASE_URL: process.env.BASE_URL ?? '' },
  },
});
