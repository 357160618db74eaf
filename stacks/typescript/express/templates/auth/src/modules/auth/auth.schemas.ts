import { z } from 'zod';
import { text } from '../../middleware/validate.ts';

/** Emails are compared trimmed and lower-cased everywhere. */
const email = text().trim().toLowerCase();

export const registerSchema = z
  .object({
    email: email.pipe(z.email('must be a valid email address').max(254)),
    password: text().min(8).max(128),
    name: text().trim().min(1).max(100),
  })
  .meta({ id: 'RegisterRequest' });
export type RegisterInput = z.infer<typeof registerSchema>;

// No format rules at login: a wrong email and a wrong password give the same 401.
export const loginSchema = z
  .object({
    email: email.min(1).max(254),
    password: text().min(1).max(128),
  })
  .meta({ id: 'LoginRequest' });
export type LoginInput = z.infer<typeof loginSchema>;
