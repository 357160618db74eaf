import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Tests read DATABASE_URL like the app does. Variables already set in the environment win over
// a local .env file, so CI and `DATABASE_URL=... npm test` behave the same.
if (existsSync('.env')) process.loadEnvFile('.env');

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        // Integration tests go through HTTP against the real database named by DATABASE_URL;
        // the global setup applies the migrations first.
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
        },
      },
    ],
  },
});
