import { Type } from 'typebox';
import { codeForStatus } from './http-error.ts';
import { stringEnum } from './validation.ts';

/** The one error body every failure has: `{"error": {"code", "message", "details"?}}`. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: stringEnum([
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
      message: Type.String(),
      details: Type.Optional(
        Type.Array(Type.Object({ field: Type.String(), message: Type.String() }), {
          description: 'Only for validation_failed: one entry per bad field.',
        }),
      ),
    }),
  },
  { description: 'An error; `error.code` names its kind.' },
);

/**
 * The error statuses a route can answer with, for its `response` schema: @fastify/swagger
 * documents them, and Fastify serialises each error body through ErrorBody. Every route can
 * fail with 500, so it is always included.
 */
export function errors(...statuses: number[]) {
  return Object.fromEntries(
    [...statuses, 500].map((status) => [
      status,
      { ...ErrorBody, description: `Error (${codeForStatus(status)})` },
    ]),
  );
}

/** What every JSON body can fail with: unreadable JSON, too large, not JSON, invalid. */
export const BODY_ERRORS = [400, 413, 415, 422] as const;
