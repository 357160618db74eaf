import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';

/**
 * The OpenAPI document at the project root: the API contract this app implements, kept in the
 * repository (and copied into the Docker image) rather than generated from decorators, so there
 * is one description of the API and it can't drift from the API spec. Read once, at startup,
 * from the working directory; a missing or broken file stops the app from starting.
 */
export function loadOpenApiDocument(file = path.resolve('openapi.json')): OpenAPIObject {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OpenAPIObject;
  } catch (err) {
    throw new Error(`Cannot read the OpenAPI document at ${file}`, { cause: err });
  }
}
