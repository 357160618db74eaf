import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** The id of the current request (set by requestId()), for log lines. */
export function requestIdOf(response: Response): string | undefined {
  const id: unknown = response.locals.requestId;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Tags every response with an X-Request-Id header, reusing a caller's id if it looks sane, so
 * logs can be correlated across services.
 */
export function requestId() {
  return (request: Request, response: Response, next: NextFunction): void => {
    const incoming = request.get('x-request-id');
    const id = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    response.locals.requestId = id;
    response.setHeader('X-Request-Id', id);
    next();
  };
}
