/**
 * The environment the conformance suite reads. It runs against an app that is already
 * running, so a missing BASE_URL or AUTH is an error, never a silent pass.
 */
export type AuthMode = 'jwt' | 'session' | 'none';

const AUTH_MODES: readonly AuthMode[] = ['jwt', 'session', 'none'];

const USAGE =
  'Run the conformance suite against a running app, e.g.\n' +
  '  BASE_URL=http://127.0.0.1:3000 AUTH=jwt JWT_SECRET=<the app secret> ADMIN_EMAIL=<the app admin email> \\\n' +
  '  npx vitest run --config test/conformance/vitest.config.ts';

function fail(problem: string): never {
  throw new Error(`Conformance suite: ${problem}.\n${USAGE}`);
}

function isAuthMode(value: string | undefined): value is AuthMode {
  return AUTH_MODES.some((mode) => mode === value);
}

// Under Vitest, process.env.BASE_URL is Vite's base path ('/'); vitest.config.ts hands the
// caller's value over as CONFORMANCE_BASE_URL.
const rawBaseUrl = (process.env.CONFORMANCE_BASE_URL ?? process.env.BASE_URL)?.trim();
if (!rawBaseUrl || rawBaseUrl === '/') fail('BASE_URL is not set');
if (!/^https?:\/\/[^/]+/.test(rawBaseUrl)) fail(`BASE_URL must be an http(s) URL, got "${rawBaseUrl}"`);

const rawAuth = process.env.AUTH?.trim();
if (!isAuthMode(rawAuth)) fail(`AUTH must be one of ${AUTH_MODES.join(', ')}, got "${rawAuth ?? ''}"`);

/** Origin (and optional prefix) of the app, without a trailing slash. */
export const BASE_URL: string = rawBaseUrl.replace(/\/+$/, '');

export const AUTH: AuthMode = rawAuth;

/** jwt and session modes have users, auth routes and per-user tasks. */
export const HAS_AUTH: boolean = AUTH !== 'none';

function requiredFor(name: string, needed: boolean): string {
  const value = process.env[name]?.trim();
  if (!needed) return value ?? '';
  if (!value) fail(`${name} is required when AUTH=${AUTH}`);
  return value;
}

/** The app's HMAC secret: the suite signs its own tokens (expired, forged) with it. */
export const JWT_SECRET: string = requiredFor('JWT_SECRET', AUTH === 'jwt');

/** The email the app makes admin, normalised the way the contract says the app stores it. */
export const ADMIN_EMAIL: string = requiredFor('ADMIN_EMAIL', HAS_AUTH).toLowerCase();

/**
 * The suite registers ADMIN_EMAIL with this password when the account does not exist yet, and
 * logs in with it on later runs against the same database. An admin registered with any other
 * password makes the admin tests fail with a message saying so.
 */
export const ADMIN_PASSWORD = 'conformance-admin-pass';

/** Per-request timeout. */
export const REQUEST_TIMEOUT_MS = 10_000;
