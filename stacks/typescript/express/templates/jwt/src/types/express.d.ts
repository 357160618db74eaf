import type { Caller } from '../modules/auth/tokens.ts';

declare global {
  namespace Express {
    interface Request {
      /** Set by requireAuth to what the verified bearer token says: the user's id and role. */
      user?: Caller;
    }
  }
}
