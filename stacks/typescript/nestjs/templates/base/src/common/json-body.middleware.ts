import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

/** How deep a JSON body may nest; the API's own bodies are flat objects. */
export const MAX_JSON_DEPTH = 32;

/**
 * 415 for a request that has a body in any format but JSON: the JSON parser alone would skip
 * such a body and the route would see none, and a `text/plain` or form-encoded login must not
 * count as a login (that is how cross-site HTML forms post). `req.is()` is null without a body;
 * `Content-Length: 0` (a bodiless POST such as logout, from some clients) counts as none too.
 */
export function requireJsonBody(req: Request, _res: Response, next: NextFunction): void {
  const empty = req.headers['content-length'] === '0';
  if (!empty && req.is('application/json') === false) {
    next(
      new HttpException(
        'Request body must be sent as Content-Type: application/json',
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      ),
    );
    return;
  }
  next();
}

/** True when `value` nests objects or arrays more than `max` levels deep (no recursion). */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth > max) return true;
    for (const child of Object.values(item.value))
      stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

/**
 * 400 for a body nested deeper than MAX_JSON_DEPTH. JSON.parse copes with any depth, but
 * class-transformer (behind the ValidationPipe) walks a body recursively and would overflow
 * the stack on one nested 100,000 deep, which would be a 500.
 */
export function limitJsonDepth(req: Request, _res: Response, next: NextFunction): void {
  if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
    next(new BadRequestException(`Request body nests more than ${MAX_JSON_DEPTH} levels deep`));
    return;
  }
  next();
}
