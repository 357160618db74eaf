import { type Static, Type } from 'typebox';
import { ROLES } from '../../db/schema.ts';
import { PageOf } from '../../lib/pagination.ts';
import { stringEnum } from '../../lib/validation.ts';

/**
 * A user as the API returns it. Responses are serialised through this schema, so a field that
 * isn't listed here (like the password hash) can't be sent, even by mistake.
 */
export const User = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String({ format: 'email' }),
  name: Type.String(),
  role: stringEnum(ROLES),
  createdAt: Type.String({ format: 'date-time' }),
});
export type User = Static<typeof User>;

export const UserPage = PageOf(User);

/** `{"user": User}`: the body of register, me, and part of login. */
export const UserEnvelope = Type.Object({ user: User });
