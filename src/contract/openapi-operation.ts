/**
 * Building blocks of the OpenAPI document: one operation from a compact spec (adding the
 * security requirement and 401/403 responses its auth mode implies) and the security schemes.
 */
import { withErrors, type ErrorStatus } from './openapi-responses.js';
import type { AuthMode, Json } from './openapi-types.js';

/** public: no credentials; read: authenticated; write: authenticated and, for sessions, CSRF-checked. */
export type Access = 'public' | 'read' | 'write';

export interface OperationSpec {
  tag: string;
  id: string;
  summary: string;
  description?: string;
  access: Access;
  params?: string[];
  body?: string;
  success: Record<string, Json>;
  errors: ErrorStatus[];
}

export const param = (name: string): Json => ({ $ref: `#/components/parameters/${name}` });

/** Turns an operation spec into an OpenAPI operation for the given auth mode. */
export function operation(auth: AuthMode, spec: OperationSpec): Json {
  const authenticated = spec.access !== 'public' && auth !== 'none';
  // Every operation that reads a body refuses one over 1 MiB and one that is not JSON.
  const errors: ErrorStatus[] = spec.body ? [...spec.errors, 413, 415] : [...spec.errors];
  let security: Json[] | undefined;
  if (authenticated && auth === 'jwt') {
    security = [{ bearerAuth: [] }];
    errors.push(401);
  } else if (authenticated && auth === 'session') {
    security = spec.access === 'write' ? [{ sessionCookie: [], csrfToken: [] }] : [{ sessionCookie: [] }];
    errors.push(401);
    if (spec.access === 'write') errors.push(403);
  }
  return {
    tags: [spec.tag],
    operationId: spec.id,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(security ? { security } : {}),
    ...(spec.params ? { parameters: spec.params.map(param) } : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${spec.body}` } } },
          },
        }
      : {}),
    responses: withErrors(spec.success, errors),
  };
}

export const noContent = (description: string): Record<string, Json> => ({ '204': { description } });

export function securitySchemes(auth: AuthMode): Record<string, Json> | undefined {
  if (auth === 'jwt') {
    return {
      bearerAuth: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description: 'Authorization: Bearer <accessToken from POST /api/v1/auth/login>.',
      },
    };
  }
  if (auth === 'session') {
    return {
      sessionCookie: {
        type: 'apiKey',
        in: 'cookie',
        name: 'sid',
        description: 'Opaque session id set by POST /api/v1/auth/login (HttpOnly, SameSite=Lax).',
      },
      csrfToken: {
        type: 'apiKey',
        in: 'header',
        name: 'X-CSRF-Token',
        description: 'The csrfToken returned by login; required on every state-changing request.',
      },
    };
  }
  return undefined;
}
