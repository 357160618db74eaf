import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { requestIdOf } from './request-id.middleware.ts';

/**
 * One log line per request once the response is sent: method, path, status, duration and
 * request id. Headers and bodies are never logged, so credentials never reach the logs.
 */
export function accessLog(logger = new Logger('HTTP')) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = performance.now();
    response.on('finish', () => {
      const entry = {
        method: request.method,
        path: request.originalUrl,
        status: response.statusCode,
        durationMs: Math.round(performance.now() - started),
        requestId: requestIdOf(response),
      };
      if (response.statusCode >= 500) logger.error(entry);
      else logger.log(entry);
    });
    next();
  };
}
