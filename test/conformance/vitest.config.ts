/**
 * Black-box conformance suite: run against an app that is already running.
 *   BASE_URL=http://127.0.0.1:3000 AUTH=jwt|session|none JWT_SECRET=... ADMIN_EMAIL=... \
 *   npx vitest run --config test/conformance/vitest.config.ts
 * See test/conformance/env.ts for the variables.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vite sets process.env.BASE_URL to its base path ('/') for global setup and test workers, so
// the caller's BASE_URL is captured here, before that, and handed on as CONFORMANCE_BASE_URL
// (read by env.ts): in this process for global setup, through `env` for the workers.
const baseUrl = process.env.CONFORMANCE_BASE_URL ?? process.env.BASE_URL ?? '';
process.env.CONFORMANCE_BASE_URL = baseUrl;

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/conformance/**/*.test.ts'],
    globalSetup: ['test/conformance/global-setup.ts'],
    setupFiles: ['test/conformance/setup.ts'],
    // One app and one database: files run one after another, tests in order.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    env: { CONFORMANCE_BASE_URL: baseUrl },
  },
});
