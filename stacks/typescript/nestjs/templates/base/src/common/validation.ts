import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { type ErrorDetail, ValidationFailedException } from './errors.ts';

/**
 * class-validator's errors as the `details` of a 422: one entry per bad field, named by its
 * path (`title`, or `items.0.name` for nested objects).
 */
export function toDetails(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = error.property
      ? `${parent}${error.property}`
      : parent.replace(/\.$/, '') || 'body';
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...toDetails(error.children ?? [], `${field}.`)];
  });
}

/**
 * The global pipe every @Body() and @Query() DTO goes through (registered in AppModule):
 * - transform: the plain JSON becomes an instance of the DTO class, with its @Trim() and other
 *   transforms applied and its defaults (`status = 'todo'`) filled in;
 * - whitelist: properties the DTO doesn't declare are dropped, so unknown fields (an `id` or
 *   `ownerId` sent by the client) never reach a service;
 * - stopAtFirstError: one message per field;
 * - failures become a 422 with per-field details instead of Nest's default 400.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => new ValidationFailedException(toDetails(errors)),
  });
}
