/**
 * The black-box conformance suite, bundled into the CLI (dist/conformance.js): the test files of
 * test/conformance run on the small harness in ./harness.ts, so `verify` needs no test framework.
 * The suite reads its settings from the environment when it is imported, so this sets them first.
 */
import { runRegistered, type TestResult } from './harness.js';

export interface ConformanceTarget {
  baseUrl: string;
  auth: string;
  jwtSecret: string;
  adminEmail: string;
}

export async function runConformance(target: ConformanceTarget, onResult?: (r: TestResult) => void): Promise<TestResult[]> {
  Object.assign(process.env, {
    CONFORMANCE_BASE_URL: target.baseUrl,
    BASE_URL: target.baseUrl,
    AUTH: target.auth,
    JWT_SECRET: target.jwtSecret,
    ADMIN_EMAIL: target.adminEmail,
  });
  const { default: reachable } = await import('../../test/conformance/global-setup.js');
  await reachable();
  await import('../../test/conformance/all.js');
  return runRegistered({ timeoutMs: 30_000, onResult });
}
