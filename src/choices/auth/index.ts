/**
 * One descriptor per auth mode: its label and the capabilities templates and layers test. A
 * template asks "does this mode have users / a bearer token / a cookie session?", never "is it
 * jwt?", so a new mode (API keys, OAuth 2.0 login) states its capabilities here and gets exactly
 * the text of the capabilities it has (docs/adding-an-auth-mode.md).
 */
export interface AuthFacts {
  id: string;
  /** The choice as the prompt and --help show it. */
  label: string;
  hint?: string;
  /** As prose in a sentence: "JWT bearer-token" (authentication). */
  prose: string;
  /** Users, the auth routes (register, login, me), admin listing, tasks owned by their user. */
  users: boolean;
  /** Requests authenticate with `Authorization: Bearer <token>`. */
  bearer: boolean;
  /** Requests authenticate with a server-side session behind an HttpOnly cookie. */
  cookie: boolean;
  /** State-changing requests authenticated by cookie need the X-CSRF-Token header. */
  csrf: boolean;
  /** The environment variable holding the signing secret ('' when the mode has none). */
  secretEnv: string;
}

export const AUTH_MODES = {
  jwt: {
    id: 'jwt',
    label: 'JWT bearer tokens',
    prose: 'JWT bearer-token',
    users: true,
    bearer: true,
    cookie: false,
    csrf: false,
    secretEnv: 'JWT_SECRET',
  },
  session: {
    id: 'session',
    label: 'Server-side sessions',
    hint: 'HttpOnly cookie + CSRF token',
    prose: 'session-cookie',
    users: true,
    bearer: false,
    cookie: true,
    csrf: true,
    secretEnv: 'SESSION_SECRET',
  },
  none: {
    id: 'none',
    label: 'None',
    hint: 'public API, tasks have no owner',
    prose: 'no',
    users: false,
    bearer: false,
    cookie: false,
    csrf: false,
    secretEnv: '',
  },
} as const satisfies Record<string, AuthFacts>;

export type AuthId = keyof typeof AUTH_MODES;

export function authFacts(id: string): AuthFacts {
  const facts = (AUTH_MODES as Record<string, AuthFacts>)[id];
  if (!facts) throw new Error(`No auth mode "${id}"`);
  return facts;
}
