/**
 * The OpenAPI 3.1 document of the HTTP contract every generated backend serves
 * (docs/api-contract.md). The generator writes it as openapi.json at the root of each
 * generated project and the app serves it at GET /openapi.json; docs/openapi.json is the
 * jwt variant (npm run docs:openapi). Pure data, deterministic key order, no runtime dependencies.
 */
import { noContent, operation, param, securitySchemes } from './openapi-operation.js';
import { jsonResponse, responses, withErrors } from './openapi-responses.js';
import { parameters, schemas } from './openapi-schemas.js';
import type { AuthMode, Json } from './openapi-types.js';

export type { AuthMode } from './openapi-types.js';

export interface OpenApiOptions {
  auth: AuthMode;
  title: string;
  version: string;
}

function healthPaths(): Record<string, Json> {
  return {
    '/health': {
      get: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Liveness: the process is up (no database call)',
        responses: withErrors({ '200': jsonResponse('Alive.', 'Health') }, []),
      },
    },
    '/health/ready': {
      get: {
        tags: ['health'],
        operationId: 'getReadiness',
        summary: 'Readiness: the database answers',
        responses: withErrors(
          {
            '200': jsonResponse('Ready.', 'Readiness'),
            '503': {
              description: 'The database is unreachable.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { status: { type: 'string' }, database: { type: 'string' } },
                  },
                },
              },
            },
          },
          [],
        ),
      },
    },
    '/openapi.json': {
      get: {
        tags: ['health'],
        operationId: 'getOpenApi',
        summary: 'This OpenAPI document',
        responses: withErrors(
          {
            '200': {
              description: 'OpenAPI 3.1 document.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
          [],
        ),
      },
    },
    '/docs': {
      get: {
        tags: ['health'],
        operationId: 'getDocs',
        summary: 'HTML API explorer for this document',
        responses: withErrors({ '200': { description: 'HTML page.', content: { 'text/html': { schema: { type: 'string' } } } } }, []),
      },
    },
  };
}

function authPaths(auth: 'jwt' | 'session'): Record<string, Json> {
  const tag = 'auth';
  const setCookie: Record<string, Json> = {
    'Set-Cookie': {
      description: 'Session cookie: HttpOnly, SameSite=Lax, Secure outside development.',
      schema: { type: 'string' },
    },
  };
  const noStore: Record<string, Json> = {
    'Cache-Control': {
      description: 'no-store: credentials are never cached (on every login response).',
      required: true,
      schema: { type: 'string', const: 'no-store' },
    },
  };
  const loginSuccess =
    auth === 'jwt'
      ? jsonResponse('Logged in.', 'LoginResponse', noStore)
      : jsonResponse('Logged in; the session cookie is set.', 'LoginResponse', { ...noStore, ...setCookie });
  const paths: Record<string, Json> = {
    '/api/v1/auth/register': {
      post: operation(auth, {
        tag,
        id: 'register',
        summary: 'Create an account (the ADMIN_EMAIL account gets role admin)',
        access: 'public',
        body: 'RegisterRequest',
        success: { '201': jsonResponse('Registered.', 'UserResponse') },
        errors: [400, 409, 422],
      }),
    },
    '/api/v1/auth/login': {
      post: operation(auth, {
        tag,
        id: 'login',
        summary: auth === 'jwt' ? 'Exchange credentials for an access token' : 'Start a session',
        description:
          'Wrong password and unknown email give the same 401 body. After 10 failed logins within a ' +
          'minute for one email from one address, further attempts for that email get 429. Failed ' +
          'logins are counted atomically in storage every worker shares (the database), so the limit holds ' +
          'under concurrency and across workers. Every login response carries Cache-Control: no-store.',
        access: 'public',
        body: 'LoginRequest',
        success: { '200': loginSuccess },
        errors: [400, 401, 422, 429],
      }),
    },
  };
  if (auth === 'session') {
    paths['/api/v1/auth/logout'] = {
      post: operation(auth, {
        tag,
        id: 'logout',
        summary: 'End the session (it is deleted server side)',
        access: 'write',
        success: { '204': { description: 'Logged out; the cookie is cleared.', headers: setCookie } },
        errors: [],
      }),
    };
  }
  paths['/api/v1/auth/me'] = {
    get: operation(auth, {
      tag,
      id: 'getMe',
      summary: 'The authenticated user',
      access: 'read',
      success: { '200': jsonResponse('The caller.', 'UserResponse') },
      errors: [],
    }),
  };
  paths['/api/v1/users'] = {
    get: operation(auth, {
      tag: 'users',
      id: 'listUsers',
      summary: 'List users (admin only)',
      access: 'read',
      params: ['Page', 'PageSize'],
      success: { '200': jsonResponse('A page of users.', 'UserPage') },
      errors: [403, 422],
    }),
  };
  return paths;
}

function taskPaths(auth: AuthMode): Record<string, Json> {
  const tag = 'tasks';
  const scope = auth === 'none' ? 'Tasks have no owner: every client sees all of them.' : "Only the caller's tasks.";
  const taskOk = (description: string): Record<string, Json> => ({ '200': jsonResponse(description, 'Task') });
  return {
    '/api/v1/tasks': {
      get: operation(auth, {
        tag,
        id: 'listTasks',
        summary: 'List, filter, search and sort tasks',
        description: `${scope} Out-of-range or unknown parameter values give 422; unknown parameter names are ignored.`,
        access: 'read',
        params: ['Page', 'PageSize', 'Status', 'Query', 'Sort'],
        success: { '200': jsonResponse('A page of tasks.', 'TaskPage') },
        errors: [422],
      }),
      post: operation(auth, {
        tag,
        id: 'createTask',
        summary: 'Create a task',
        access: 'write',
        body: 'TaskInput',
        success: {
          '201': jsonResponse('Created.', 'Task', {
            Location: {
              description: 'Path of the new task: /api/v1/tasks/<id>.',
              required: true,
              schema: { type: 'string' },
            },
          }),
        },
        errors: [400, 422],
      }),
    },
    '/api/v1/tasks/{id}': {
      parameters: [param('TaskId')],
      get: operation(auth, {
        tag,
        id: 'getTask',
        summary: 'Get a task',
        description: `${scope} 404 when it does not exist, is not visible to the caller, or the id is not a UUID.`,
        access: 'read',
        success: taskOk('The task.'),
        errors: [404],
      }),
      put: operation(auth, {
        tag,
        id: 'replaceTask',
        summary: 'Replace a task (title required; omitted optional fields reset to defaults)',
        access: 'write',
        body: 'TaskInput',
        success: taskOk('The replaced task.'),
        errors: [400, 404, 422],
      }),
      patch: operation(auth, {
        tag,
        id: 'updateTask',
        summary: 'Change only the given fields of a task',
        access: 'write',
        body: 'TaskPatch',
        success: taskOk('The updated task.'),
        errors: [400, 404, 422],
      }),
      delete: operation(auth, {
        tag,
        id: 'deleteTask',
        summary: 'Delete a task',
        access: 'write',
        success: noContent('Deleted.'),
        errors: [404],
      }),
    },
  };
}

/** The OpenAPI 3.1 document of the contract for one auth mode, as a JSON-serialisable object. */
/** The document's one-line summary of each auth mode (generated projects read it; no generator words). */
const AUTH_SUMMARY: Record<AuthMode, string> = {
  none: 'without accounts',
  jwt: 'with accounts and bearer tokens (JWT)',
  session: 'with accounts and cookie sessions',
};

export function buildOpenApi(opts: OpenApiOptions): Record<string, unknown> {
  const { auth } = opts;
  const tags: Json[] = [
    { name: 'health', description: 'Liveness, readiness and this document.' },
    ...(auth === 'none'
      ? []
      : [
          {
            name: 'auth',
            description: auth === 'jwt' ? 'JWT bearer authentication.' : 'Cookie session authentication.',
          },
          { name: 'users', description: 'User administration.' },
        ]),
    { name: 'tasks', description: 'CRUD on tasks.' },
  ];
  const schemes = securitySchemes(auth);
  const paths: Record<string, Json> = {
    ...healthPaths(),
    ...(auth === 'none' ? {} : authPaths(auth)),
    ...taskPaths(auth),
  };
  // Only the shared responses this mode refers to (none has no 401/403/409/429).
  const used = JSON.stringify(paths);
  const usedResponses = Object.fromEntries(Object.entries(responses).filter(([name]) => used.includes(`"#/components/responses/${name}"`)));
  return {
    openapi: '3.1.0',
    info: {
      title: opts.title,
      version: opts.version,
      description:
        `A tasks REST API ${AUTH_SUMMARY[auth]}. JSON in and out, camelCase fields, ` +
        'UUID ids, ISO 8601 UTC timestamps, YYYY-MM-DD dates. Every error body is ' +
        '{"error": {"code", "message", "details"?}}. Bodies must be application/json (else 415) and ' +
        'at most 1 MiB (else 413); text containing U+0000 or an unpaired surrogate is 422.',
    },
    tags,
    paths,
    components: {
      schemas: schemas(auth),
      parameters,
      responses: usedResponses,
      ...(schemes ? { securitySchemes: schemes } : {}),
    },
  };
}
