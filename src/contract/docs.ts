/** The repository's own copy of the API document (docs/openapi.json): the jwt variant. */
import { buildOpenApi } from './openapi.js';

export function docsOpenApi(): string {
  return `${JSON.stringify(buildOpenApi({ auth: 'jwt', title: 'Backend Roadmap API', version: '1.0.0' }), null, 2)}\n`;
}
