/**
 * Runs once before the suite: reading env.ts fails fast on missing variables, and one request
 * to /health turns "the app is not running" into one clear error instead of a failure per test.
 */
import { AUTH, BASE_URL } from './env.js';

export default async function setup(): Promise<void> {
  try {
    await fetch(`${BASE_URL}/health`, { signal: AbortSignal.timeout(5_000) });
  } catch (cause) {
    throw new Error(`Conformance suite: cannot reach the app at ${BASE_URL} (AUTH=${AUTH}). Is it running?`, {
      cause,
    });
  }
}
