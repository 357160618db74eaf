/**
 * Example bodies for the README, written from the schemas of the OpenAPI document, so an example
 * can never show a field the API does not have. Nested bodies that have their own example are
 * named instead of repeated: `{"user": User}`.
 */
import type { Json } from './openapi-types.js';

type Node = { [key: string]: Json | undefined };

/** Values that read like real data, by property name; everything else follows type and format. */
const BY_NAME: Record<string, string> = {
  accessToken: '"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."',
  csrfToken: '"4f1c2d9e8b7a..."',
  title: '"Write the README"',
  description: '"Cover setup and deploy"',
  name: '"Ada"',
  expiresIn: '3600',
  page: '1',
  pageSize: '20',
  total: '1',
};
const BY_FORMAT: Record<string, string> = {
  uuid: '"0b9e4a52-6f1c-4d1e-9a51-2f0f3c1d7e8a"',
  'date-time': '"2030-01-01T09:30:00.000Z"',
  date: '"2030-01-31"',
  email: '"ada@example.com"',
};

function refName(schema: Node): string | undefined {
  return typeof schema.$ref === 'string' ? schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1) : undefined;
}

function render(schemas: Node, schema: Node, named: Set<string>, key: string, top: boolean): string {
  const name = refName(schema);
  if (name) {
    if (!top && named.has(name)) return name;
    return render(schemas, schemas[name] as Node, named, key, false);
  }
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return JSON.stringify(schema.enum[0]);
  if (key in BY_NAME) return BY_NAME[key] as string;
  const format = typeof schema.format === 'string' ? BY_FORMAT[schema.format] : undefined;
  if (format) return format;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' || schema.properties) {
    const props = Object.entries((schema.properties ?? {}) as Node);
    return `{${props.map(([k, v]) => `"${k}": ${render(schemas, v as Node, named, k, false)}`).join(', ')}}`;
  }
  if (type === 'array') return `[${render(schemas, schema.items as Node, named, key, false)}]`;
  if (type === 'integer' || type === 'number') return String(typeof schema.minimum === 'number' ? schema.minimum : 1);
  if (type === 'boolean') return 'true';
  return '"..."';
}

/** `{name, json}` for each named body, in the given order. */
export function exampleBodies(doc: Json, names: string[]): Array<{ name: string; json: string }> {
  const schemas = ((doc as Node).components as Node).schemas as Node;
  const named = new Set(names);
  return names.map((name) => ({ name, json: render(schemas, { $ref: `#/components/schemas/${name}` }, named, '', true) }));
}
