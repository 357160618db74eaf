import { existsSync } from 'node:fs';

/** Reads a local `.env` file if there is one; variables already set in the environment win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
