import type { User } from '../modules/users/user.schemas.ts';

declare global {
  namespace Express {
    interface Request {
      /** Set by requireAuth to the session's account once the caller is authenticated. */
      user?: User;
    }
  }
}
