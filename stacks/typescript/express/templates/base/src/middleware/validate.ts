import { z } from 'zod';
import { type ErrorDetail, validationFailed } from '../lib/http-error.ts';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../lib/text.ts';

/**
 * A string that a database can store: every text field and query value starts from this, so a
 * NUL or an unpaired surrogate is a 422 naming the field rather than a driver error (500).
 */
export const text = () => z.string().refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/** Turns zod issues into the `details` array of a 422 response: one entry per bad field. */
export function toDetails(error: z.ZodError, root: string): ErrorDetail[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : root,
    message: issue.message,
  }));
}

/**
 * Validates untrusted input against a schema and returns the typed, normalised result
 * (trimmed strings, defaults applied, unknown fields dropped), or throws a 422.
 */
export function validate<T extends z.ZodType>(
  schema: T,
  input: unknown,
  root: string,
): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationFailed(toDetails(result.error, root));
  return result.data;
}

/** A request body; a missing or non-JSON body is validated as an empty object. */
export const validateBody = <T extends z.ZodType>(schema: T, body: unknown) =>
  validate(schema, body ?? {}, 'body');

export const validateQuery = <T extends z.ZodType>(schema: T, query: unknown) =>
  validate(schema, query, 'query');
