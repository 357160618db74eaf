/** What one auth mode is: its prompt entry and the capabilities templates and layers test. */
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
