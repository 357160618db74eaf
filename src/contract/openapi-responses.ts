/**
 * Shared responses of the API contract: every error status with the one error body, and the
 * helpers that assemble an operation's `responses` map in a fixed (ascending status) order.
 */
import type { Json } from './openapi-types.js';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500;

const errorContent = (example: { code: string; message: string }): Json => ({
  'application/json': {
    schema: { $ref: '#/components/schemas/Error' },
    example: { error: example },
  },
});

/** Component name of each error response, by status. */
const ERROR_RESPONSE_NAMES: Record<ErrorStatus, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  422: 'ValidationFailed',
  429: 'RateLimited',
  500: 'Internal',
};

export const responses: Record<string, Json> = {
  BadRequest: {
    description: 'Malformed JSON body.',
    content: errorContent({ code: 'bad_request', message: 'Malformed JSON body' }),
  },
  Unauthorized: {
    description: 'Missing, invalid or expired credentials.',
    content: errorContent({ code: 'unauthorized', message: 'Authentication required' }),
  },
  Forbidden: {
    description: 'Authenticated but not allowed (role, or missing/incorrect X-CSRF-Token in session mode).',
    content: errorContent({ code: 'forbidden', message: 'Forbidden' }),
  },
  NotFound: {
    description: 'Unknown route, or no such resource visible to the caller (also for an id that is not a UUID).',
    content: errorContent({ code: 'not_found', message: 'Not found' }),
  },
  Conflict: {
    description: 'The resource already exists.',
    content: errorContent({ code: 'conflict', message: 'Email already registered' }),
  },
  PayloadTooLarge: {
    description: 'The body is over 1 MiB (refused without reading it whole).',
    content: errorContent({ code: 'payload_too_large', message: 'Request body over 1 MiB' }),
  },
  UnsupportedMediaType: {
    description: 'The body is not sent as Content-Type: application/json.',
    content: errorContent({ code: 'unsupported_media_type', message: 'Send the body as application/json' }),
  },
  ValidationFailed: {
    description:
      'Invalid input: `details` has one entry per bad field (also for text with U+0000 or an unpaired surrogate).',
    content: {
      'application/json': {
        schema: { $ref: '#/components/schemas/Error' },
        example: {
          error: {
            code: 'validation_failed',
            message: 'Invalid input',
            details: [{ field: 'title', message: 'must be 1 to 200 characters' }],
          },
        },
      },
    },
  },
  RateLimited: {
    description: 'Too many failed logins for this email from this address within a minute.',
    headers: {
      'Retry-After': {
        description: 'Seconds until the window passes.',
        required: true,
        schema: { type: 'integer', minimum: 1 },
      },
    },
    content: errorContent({ code: 'rate_limited', message: 'Too many attempts' }),
  },
  Internal: {
    description: 'Unexpected server error. Never carries a stack trace or SQL.',
    content: errorContent({ code: 'internal', message: 'Internal server error' }),
  },
};

/** A success response whose body is the given schema component. */
export function jsonResponse(description: string, schemaName: string, headers?: Record<string, Json>): Json {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } },
  };
}

/**
 * An operation's responses: the success entries first, then the given error statuses plus 500,
 * each a $ref to the shared error response, in ascending order.
 */
export function withErrors(success: Record<string, Json>, errors: ErrorStatus[]): Record<string, Json> {
  const all = [...new Set<ErrorStatus>([...errors, 500])].sort((a, b) => a - b);
  const out: Record<string, Json> = { ...success };
  for (const status of all) {
    out[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSE_NAMES[status]}` };
  }
  return out;
}
