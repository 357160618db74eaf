import { Ajv, type ErrorObject, type Options } from 'ajv';
import ajvFormats from 'ajv-formats';
import ajvKeywords from 'ajv-keywords';
import type { FastifySchemaCompiler } from 'fastify';
import { type TSchemaOptions, type TStringOptions, Type } from 'typebox';
import type { ErrorDetail } from './http-error.ts';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from './text.ts';

/**
 * An Ajv instance with the extras our schemas use: `format` (date, email, ...) and `transform`
 * (trim, toLowerCase), which normalises a string *before* its length and format are checked.
 */
export function createAjv(options: Options): Ajv {
  const ajv = new Ajv({ allErrors: true, useDefaults: true, removeAdditional: true, ...options });
  // Both plugins are CommonJS modules: imported from ESM, the plugin is their `default` export.
  ajvFormats.default(ajv);
  ajvKeywords.default(ajv, ['transform']);
  // `storableText: true` (see text() below): no NUL, no unpaired surrogate.
  ajv.addKeyword({
    keyword: 'storableText',
    type: 'string',
    schemaType: 'boolean',
    validate: (enabled: boolean, data: string) => !enabled || isStorableText(data),
  });
  return ajv;
}

/**
 * A string that a database can store: every text field and query value uses this, so a NUL or
 * an unpaired surrogate is a 422 naming the field rather than a driver error (500).
 */
export const text = (options: TStringOptions = {}) =>
  Type.String({ ...options, storableText: true });

/**
 * One of a fixed set of strings. TypeBox writes `{"enum": [...]}` alone; the `type` makes the
 * schema (and /openapi.json) say they are strings.
 */
export const stringEnum = <const T extends readonly string[]>(
  values: T,
  options: TSchemaOptions = {},
) => Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });

/**
 * Two validators, as the Fastify docs suggest: query strings, path params and headers arrive as
 * text, so "2" may become the number 2; JSON bodies are already typed, so nothing is coerced
 * (otherwise `null` would quietly become "" and `["x"]` would become "x").
 * allErrors: every bad field is reported at once, not just the first.
 */
const bodyAjv = createAjv({ coerceTypes: false });
const textAjv = createAjv({ coerceTypes: true });

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : textAjv).compile(schema);

/** The part of an Ajv error we read (Fastify passes them on as `error.validation`). */
type SchemaError = Pick<ErrorObject, 'keyword' | 'instancePath' | 'params' | 'message'>;

/** `/dueDate` -> `dueDate`; a missing property is reported on its parent, so add its name. */
function fieldOf(error: SchemaError, root: string): string {
  const path = error.instancePath.split('/').slice(1);
  if (error.keyword === 'required') path.push(String(error.params.missingProperty));
  return path.length > 0 ? path.join('.') : root;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

const FORMAT_HINTS: Record<string, string> = {
  date: 'must be a date like 2026-12-31',
  email: 'must be a valid email address',
};

/** A short message for the errors our schemas produce; Ajv's own text otherwise. */
function messageOf({ keyword, params, message }: SchemaError): string {
  switch (keyword) {
    case 'required':
      return 'is required';
    case 'minLength':
      return params.limit === 1
        ? 'must not be empty'
        : `must be at least ${params.limit} characters`;
    case 'maxLength':
      return `must be at most ${params.limit} characters`;
    case 'minimum':
      return `must be at least ${params.limit}`;
    case 'maximum':
      return `must be at most ${params.limit}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'format':
      return FORMAT_HINTS[String(params.format)] ?? message ?? 'has the wrong format';
    case 'pattern':
      // The one pattern on query values (pagination.ts): digits only.
      return params.pattern === '^[0-9]+$' ? 'must be a whole number' : (message ?? 'is invalid');
    case 'storableText':
      return UNSTORABLE_TEXT_MESSAGE;
    case 'type':
      return `must be ${TYPE_NAMES[String(params.type)] ?? String(params.type)}`;
    default:
      return message ?? 'is invalid';
  }
}

/**
 * Turns schema errors into the `details` of a 422: one entry per bad field, with the field's
 * plain name. A nullable field (`string | null`) fails both branches; the first error, about the
 * string, is the one worth showing.
 */
export function toDetails(errors: readonly SchemaError[], root = 'body'): ErrorDetail[] {
  const byField = new Map<string, string>();
  for (const error of errors) {
    const field = fieldOf(error, root);
    if (!byField.has(field)) byField.set(field, messageOf(error));
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}
