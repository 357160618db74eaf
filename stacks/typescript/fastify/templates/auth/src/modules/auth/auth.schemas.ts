import { type Static, Type } from 'typebox';
import { text } from '../../lib/validation.ts';

/** Emails are compared trimmed and lower-cased everywhere; `transform` does that first. */
const normalised = { transform: ['trim', 'toLowerCase'] };

export const RegisterBody = Type.Object(
  {
    email: text({ ...normalised, format: 'email', maxLength: 254 }),
    password: text({ minLength: 8, maxLength: 128 }),
    name: text({ transform: ['trim'], minLength: 1, maxLength: 100 }),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

// No format rules at login: a wrong email and a wrong password give the same 401.
export const LoginBody = Type.Object(
  {
    email: text({ ...normalised, minLength: 1, maxLength: 254 }),
    password: text({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;
