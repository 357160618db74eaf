/**
 * One descriptor per auth mode: its label and the capabilities templates and layers test. A
 * template asks "does this mode have users / a bearer token / a cookie session?", never "is it
 * jwt?", so a new mode (API keys, OAuth 2.0 login) states its capabilities here and gets exactly
 * the text of the capabilities it has (docs/adding-an-auth-mode.md).
 */
import { jwt } from './jwt.js';
import { none } from './none.js';
import { session } from './session.js';
import type { AuthFacts } from './types.js';

export type { AuthFacts } from './types.js';

/** One descriptor per mode (src/choices/auth/<id>.ts), in the order the prompt offers them. */
export const AUTH_MODES = { jwt, session, none } as const;

export type AuthId = keyof typeof AUTH_MODES;

export function authFacts(id: string): AuthFacts {
  const facts = (AUTH_MODES as Record<string, AuthFacts>)[id];
  if (!facts) throw new Error(`No auth mode "${id}"`);
  return facts;
}
