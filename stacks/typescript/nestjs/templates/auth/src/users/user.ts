import type { Role } from '../db/schema.ts';

/** A user as the API returns it. The password hash never leaves the users repository's callers. */
export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

/** What the repository needs to store a new account. */
export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  role: Role;
}
