/**
 * Schemas and parameters of the API contract (docs/api-contract.md), as OpenAPI 3.1
 * components. Plain data: the builder in openapi.ts picks what each auth mode uses.
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, so nullable fields use `type: [T, 'null']`.
 */
import type { AuthMode, Json } from './openapi-types.js';

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
  'rate_limited',
  'internal',
] as const;

export const TASK_STATUSES = ['todo', 'in_progress', 'done'] as const;
export const TASK_SORTS = ['createdAt', '-createdAt', 'dueDate', '-dueDate', 'title', '-title'] as const;

const timestamp: Json = { type: 'string', format: 'date-time', description: 'ISO 8601, UTC.' };
const uuid: Json = { type: 'string', format: 'uuid' };

function page(item: string): Json {
  return {
    type: 'object',
    required: ['data', 'page', 'pageSize', 'total'],
    additionalProperties: false,
    properties: {
      data: { type: 'array', items: ref(item) },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1, maximum: 100 },
      total: { type: 'integer', minimum: 0, description: 'Number of matching items on all pages.' },
    },
  };
}

const errorSchema: Json = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      additionalProperties: false,
      properties: {
        code: { type: 'string', enum: [...ERROR_CODES] },
        message: { type: 'string', minLength: 1 },
        details: {
          type: 'array',
          description: 'Only for validation_failed: one entry per bad field.',
          items: {
            type: 'object',
            required: ['field', 'message'],
            additionalProperties: false,
            properties: { field: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
    },
  },
};

const taskSchemas: Record<string, Json> = {
  TaskStatus: { type: 'string', enum: [...TASK_STATUSES] },
  Task: {
    type: 'object',
    required: ['id', 'title', 'description', 'status', 'dueDate', 'createdAt', 'updatedAt'],
    additionalProperties: false,
    properties: {
      id: uuid,
      title: { type: 'string', minLength: 1, maxLength: 200 },
      description: { type: ['string', 'null'], maxLength: 2000 },
      status: ref('TaskStatus'),
      dueDate: { type: ['string', 'null'], format: 'date', description: 'YYYY-MM-DD.' },
      createdAt: timestamp,
      updatedAt: timestamp,
    },
  },
  TaskInput: {
    type: 'object',
    description:
      'Body of POST and PUT. On PUT, omitted optional fields reset to their defaults. ' +
      'Unknown fields are ignored and never stored.',
    required: ['title'],
    properties: {
      title: { type: 'string', minLength: 1, maxLength: 200, description: 'Trimmed before validation.' },
      description: { type: ['string', 'null'], maxLength: 2000, default: null },
      status: { $ref: '#/components/schemas/TaskStatus', default: 'todo' },
      dueDate: { type: ['string', 'null'], format: 'date', default: null, description: 'YYYY-MM-DD.' },
    },
  },
  TaskPatch: {
    type: 'object',
    description: 'Body of PATCH: only the fields given change. Unknown fields are ignored.',
    properties: {
      title: { type: 'string', minLength: 1, maxLength: 200, description: 'Trimmed before validation.' },
      description: { type: ['string', 'null'], maxLength: 2000 },
      status: ref('TaskStatus'),
      dueDate: { type: ['string', 'null'], format: 'date', description: 'YYYY-MM-DD.' },
    },
  },
  TaskPage: page('Task'),
};

function userSchemas(auth: Exclude<AuthMode, 'none'>): Record<string, Json> {
  const user: Json = { $ref: '#/components/schemas/User' };
  return {
    User: {
      type: 'object',
      description: 'A password or its hash never leaves the server.',
      required: ['id', 'email', 'name', 'role', 'createdAt'],
      additionalProperties: false,
      properties: {
        id: uuid,
        email: { type: 'string', format: 'email' },
        name: { type: 'string', minLength: 1, maxLength: 100 },
        role: { type: 'string', enum: ['user', 'admin'] },
        createdAt: timestamp,
      },
    },
    UserPage: page('User'),
    UserResponse: {
      type: 'object',
      required: ['user'],
      additionalProperties: false,
      properties: { user },
    },
    RegisterRequest: {
      type: 'object',
      required: ['email', 'password', 'name'],
      properties: {
        email: { type: 'string', format: 'email', description: 'Trimmed and lower-cased.' },
        password: { type: 'string', minLength: 8, maxLength: 128 },
        name: { type: 'string', minLength: 1, maxLength: 100 },
      },
    },
    LoginRequest: {
      type: 'object',
      required: ['email', 'password'],
      properties: {
        email: { type: 'string', description: 'Trimmed and lower-cased before lookup.' },
        password: { type: 'string' },
      },
    },
    LoginResponse:
      auth === 'jwt'
        ? {
            type: 'object',
            required: ['accessToken', 'tokenType', 'expiresIn', 'user'],
            additionalProperties: false,
            properties: {
              accessToken: { type: 'string', description: 'A JWT signed with HS256.' },
              tokenType: { type: 'string', const: 'Bearer' },
              expiresIn: { type: 'integer', minimum: 1, description: 'Seconds until the token expires.' },
              user,
            },
          }
        : {
            type: 'object',
            required: ['user', 'csrfToken'],
            additionalProperties: false,
            properties: {
              user,
              csrfToken: {
                type: 'string',
                description: 'Send as header X-CSRF-Token on every state-changing request.',
              },
            },
          },
  };
}

/** Every schema the given auth mode uses, in a fixed order. */
export function schemas(auth: AuthMode): Record<string, Json> {
  return {
    Error: errorSchema,
    Health: {
      type: 'object',
      required: ['status'],
      additionalProperties: false,
      properties: { status: { type: 'string', const: 'ok' } },
    },
    Readiness: {
      type: 'object',
      required: ['status', 'database'],
      additionalProperties: false,
      properties: { status: { type: 'string', const: 'ok' }, database: { type: 'string', const: 'ok' } },
    },
    ...taskSchemas,
    ...(auth === 'none' ? {} : userSchemas(auth)),
  };
}

/** Query and path parameters, referenced as #/components/parameters/<name>. */
export const parameters: Record<string, Json> = {
  Page: {
    name: 'page',
    in: 'query',
    description: 'Page number, from 1 to 2147483647. A page past the end is 200 with empty data.',
    schema: { type: 'integer', minimum: 1, maximum: 2147483647, default: 1 },
  },
  PageSize: {
    name: 'pageSize',
    in: 'query',
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  Status: {
    name: 'status',
    in: 'query',
    description: 'Only tasks with this status.',
    schema: ref('TaskStatus'),
  },
  Query: {
    name: 'q',
    in: 'query',
    description:
      'Literal substring (% and _ are not wildcards) matched case-insensitively against title or description. ' +
      'A value with U+0000 or an unpaired surrogate matches nothing (or is 422).',
    schema: { type: 'string' },
  },
  Sort: {
    name: 'sort',
    in: 'query',
    description: 'A leading - sorts descending. Tasks without a dueDate come last; ties are newest first.',
    schema: { type: 'string', enum: [...TASK_SORTS], default: '-createdAt' },
  },
  TaskId: {
    name: 'id',
    in: 'path',
    required: true,
    description: 'An id that is not a UUID gives 404.',
    schema: uuid,
  },
};
