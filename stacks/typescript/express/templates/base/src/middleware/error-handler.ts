import type { ErrorRequestHandler, RequestHandler } from 'express';
import { HttpError, notFound } from '../lib/http-error.ts';
import type { Logger } from '../logger.ts';

/** Errors raised by express.json() and other body parsers carry an HTTP status and a type. */
interface ParserError {
  status: number;
  type?: string;
  expose?: boolean;
  message: string;
}

function isClientParserError(err: unknown): err is ParserError {
  if (typeof err !== 'object' || err === null) return false;
  const { status, expose } = err as Partial<ParserError>;
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true;
}

const PARSER_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'Request body is not valid JSON',
  'entity.too.large': 'Request body is over 1 MiB',
};

/** Maps anything thrown during a request to an HttpError; unknown errors become a bare 500. */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (isClientParserError(err)) {
    // 413 and 415 (an unsupported charset or encoding) keep their status, so their code too.
    const message = PARSER_MESSAGES[err.type ?? ''] ?? err.message;
    return new HttpError(err.status, message);
  }
  return new HttpError(500, 'Internal server error');
}

/** Any request no route matched. */
export const routeNotFound: RequestHandler = (req) => {
  throw notFound(`No route for ${req.method} ${req.path}`);
};

/**
 * The single place errors become responses. Clients get the uniform error body and never a
 * stack trace or SQL; the full error goes to the log instead.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    const httpError = toHttpError(err);
    const log = req.log ?? logger;
    if (httpError.status >= 500) log.error({ err }, 'request failed');
    if (res.headersSent) {
      next(err);
      return;
    }
    res.status(httpError.status).set(httpError.headers).json(httpError.toBody());
  };
}
