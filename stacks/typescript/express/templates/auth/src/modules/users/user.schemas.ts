import type { Role } from '../../db/schema.ts';

/** A user as the API returns it. The password hash never leaves the repository's callers. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}
