import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  codeForStatus,
  type ErrorBody,
  TooManyRequestsException,
  ValidationFailedException,
} from './errors.ts';

/** What the client gets for an exception: a status and the uniform error body. */
export interface ErrorResponse {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
}

/** The http-errors objects body-parser throws: a 4xx status and `expose: true`. */
function isBodyParserError(err: unknown): err is { status: number; message: string } {
  if (typeof err !== 'object' || err === null || err instanceof HttpException) return false;
  const { status, expose } = err as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const { message } = response as { message?: unknown };
  return typeof message === 'string' ? message : exception.message;
}

/**
 * Maps anything thrown to the response the client sees. HttpExceptions (Nest's built-in ones
 * such as NotFoundException, and ours) keep their status and message; everything else is a
 * bare 500 that says nothing about the cause.
 */
export function toErrorResponse(exception: unknown): ErrorResponse {
  if (isBodyParserError(exception)) {
    // Thrown by the JSON parser before Nest's pipeline: 413 (over the limit), 415 (a charset or
    // encoding it can't read), 400; they carry their status and are safe to answer with.
    const message = exception.status === 413 ? 'Request body is over 1 MiB' : exception.message;
    return {
      status: exception.status,
      body: { error: { code: codeForStatus(exception.status), message } },
    };
  }
  if (!(exception instanceof HttpException)) {
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { error: { code: 'internal', message: 'Internal server error' } },
    };
  }
  const status = exception.getStatus();
  // Express's JSON parser fails with a SyntaxError, which Nest wraps in a 400.
  const message =
    status === HttpStatus.BAD_REQUEST && exception.cause instanceof SyntaxError
      ? 'Request body is not valid JSON'
      : messageOf(exception);
  const details = exception instanceof ValidationFailedException ? exception.details : undefined;
  const headers =
    exception instanceof TooManyRequestsException
      ? { 'Retry-After': String(exception.retryAfterSeconds) }
      : undefined;
  return {
    status,
    body: { error: { code: codeForStatus(status), message, ...(details ? { details } : {}) } },
    ...(headers ? { headers } : {}),
  };
}

/**
 * The single place errors become responses, for every request: route handlers, guards, pipes,
 * unknown routes (Nest throws NotFoundException) and malformed bodies. Clients get the uniform
 * error body and never a stack trace or SQL; the full error goes to the log instead.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { status, body, headers } = toErrorResponse(exception);
    if (status >= 500) {
      this.logger.error(
        { message: 'request failed', method: request.method, path: request.originalUrl },
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    if (response.headersSent) return;
    if (headers) response.set(headers);
    response.status(status).json(body);
  }
}
