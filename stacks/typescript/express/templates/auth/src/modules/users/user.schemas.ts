import { z } from 'zod';
import { ROLES } from '../../db/schema.ts';
import { pageOf } from '../../lib/pagination.ts';

/**
 * A user as the API returns it. The password hash never leaves the repository's callers.
 * Responses are not validated at runtime; this schema describes them in /openapi.json and
 * gives the TypeScript type.
 */
export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string(),
    role: z.enum(ROLES),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'User', description: 'A password or its hash never leaves the server.' });
export type User = z.infer<typeof userSchema>;

export const userPageSchema = pageOf(userSchema).meta({ id: 'UserPage' });

/** `{"user": User}`: the body of register, me, and part of login. */
export const userResponseSchema = z.object({ user: userSchema }).meta({ id: 'UserResponse' });
