import { HttpException, HttpStatus } from '@nestjs/common';

/** One field-level validation problem, as returned in `error.details`. */
export interface ErrorDetail {
  field: string;
  message: string;
}

/** The body of every error response: `{"error": {"code", "message", "details"?}}`. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: ErrorDetail[];
  };
}

/** The machine-readable code for each status the API uses. */
const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'rate_limited',
  500: 'internal',
};

/** Every `error.code` the API can answer with. */
export const ERROR_CODES = Object.values(CODES);

export function codeForStatus(status: number): string {
  return CODES[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

/**
 * 422 with one detail per bad field. The global ValidationPipe throws it; the exception filter
 * is the only place that adds `details` to a response.
 */
export class ValidationFailedException extends HttpException {
  readonly details: ErrorDetail[];

  constructor(details: ErrorDetail[]) {
    super('Request validation failed', HttpStatus.UNPROCESSABLE_ENTITY);
    this.details = details;
  }
}

/** 429, with the Retry-After header the exception filter sends along. */
export class TooManyRequestsException extends HttpException {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, HttpStatus.TOO_MANY_REQUESTS);
  }
}
