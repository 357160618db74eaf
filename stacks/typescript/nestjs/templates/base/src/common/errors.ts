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
  409: 'conflict',
  422: 'validation_failed',
  429: 'rate_limited',
  500: 'internal',
};

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
