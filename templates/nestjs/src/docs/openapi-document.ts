import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The injection token of the OpenAPI document's text. */
export const OPENAPI_DOCUMENT = Symbol('OPENAPI_DOCUMENT');

/**
 * The OpenAPI document at the project root: the API contract this app implements, kept in the
 * repository (and copied into the Docker image) rather than generated from the code. Read once,
 * at startup, from the working directory, and served byte for byte; a missing or broken file
 * stops the app from starting.
 */
export function loadOpenApiDocument(file = path.resolve('openapi.json')): string {
  try {
    const text = readFileSync(file, 'utf8');
    JSON.parse(text);
    return text;
  } catch (err) {
    throw new Error(`Cannot read the OpenAPI document at ${file}`, { cause: err });
  }
}
