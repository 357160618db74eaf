import type { TSchema } from 'typebox';
import { toDetails, validatorCompiler } from '../../src/lib/validation.ts';

/**
 * Runs a value through a route schema exactly as Fastify would for that part of the request,
 * and returns the normalised value plus the fields the 422 would name.
 */
export function check(
  schema: TSchema,
  value: unknown,
  httpPart: 'body' | 'querystring' | 'params' = 'body',
) {
  const validate = validatorCompiler({ schema, httpPart, method: 'POST', url: '/' });
  const data = structuredClone(value);
  const valid = validate(data) === true;
  const fields = toDetails(validate.errors ?? []).map((detail) => detail.field);
  return { valid, data, fields };
}
