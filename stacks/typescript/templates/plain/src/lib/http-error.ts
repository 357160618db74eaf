/** One field-level validation problem, as returned in `error.details`. */
export interface ErrorDetail {
  field: string;
  message: string;
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

export function codeForStatus(status: number): string {
  return CODES[status] ?? (status >= 500 ? 'internal' : 'bad_request');
}

/**
 * An error that maps directly to an HTTP response. Throw it anywhere in a request; the error
 * handler turns it into the uniform body `{"error": {"code", "message", "details"?}}`.
 */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[] | undefined;
  /** Response headers that belong to the error, such as Retry-After on a 429. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    status: number,
    message: string,
    details?: ErrorDetail[],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = codeForStatus(status);
    this.details = details;
    this.headers = headers;
  }

  toBody() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const unauthorized = (message = 'Authentication required') => new HttpError(401, message);
export const forbidden = (message = 'You are not allowed to do this') =>
  new HttpError(403, message);
export const notFound = (message = 'Resource not found') => new HttpError(404, message);
export const conflict = (message: string) => new HttpError(409, message);
export const validationFailed = (details: ErrorDetail[]) =>
  new HttpError(422, 'Request validation failed', details);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new HttpError(429, message, undefined, { 'Retry-After': String(retryAfterSeconds) });
export const payloadTooLarge = (message = 'Request body is over 1 MiB') =>
  new HttpError(413, message);
export const unsupportedMediaType = (
  message = 'Request body must be sent as Content-Type: application/json',
) => new HttpError(415, message);
