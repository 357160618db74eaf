import { z } from 'zod';
import type { ZodOpenApiRequestBodyObject, ZodOpenApiResponseObject } from 'zod-openapi';
import { codeForStatus } from './http-error.ts';

/** The one error body every failure has: `{"error": {"code", "message", "details"?}}`. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum([
        'bad_request',
        'unauthorized',
        'forbidden',
        'not_found',
        'method_not_allowed',
        'conflict',
        'payload_too_large',
        'unsupported_media_type',
        'validation_failed',
        'rate_limited',
        'internal',
      ]),
      message: z.string(),
      details: z
        .array(z.object({ field: z.string(), message: z.string() }))
        .optional()
        .meta({ description: 'Only for validation_failed: one entry per bad field.' }),
    }),
  })
  .meta({ id: 'Error', description: 'An error; `error.code` names its kind.' });

/** A JSON response described by a zod schema, for a route's `responses` in the document. */
export const json = (description: string, schema: z.ZodType): ZodOpenApiResponseObject => ({
  description,
  content: { 'application/json': { schema } },
});

/** A required JSON request body, validated by `schema` (validateBody). */
export const jsonBody = (schema: z.ZodType): ZodOpenApiRequestBodyObject => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** The error statuses a route can answer with; every route can fail with 500. */
export function errors(...statuses: number[]): Record<string, ZodOpenApiResponseObject> {
  return Object.fromEntries(
    [...statuses, 500].map((status) => [
      String(status),
      json(`Error (${codeForStatus(status)})`, errorBodySchema),
    ]),
  );
}

/** What every JSON body can fail with: unreadable JSON, too large, not JSON, invalid. */
export const BODY_ERRORS = [400, 413, 415, 422] as const;

/** No content, as in a 204. */
export const noContent = (description: string): ZodOpenApiResponseObject => ({ description });
