import { readFileSync } from 'node:fs';

/**
 * Does the OpenAPI document the app builds from its code still cover openapi.json (the API
 * spec)? `driftFrom(spec, served)` lists every gap, one readable line each; empty means covered.
 * The rules:
 *
 * 1. Operations: the same "METHOD /path" set (path templates written `{id}`), ignoring
 *    GET /docs and GET /openapi.json (a document may or may not describe itself).
 * 2. Per operation: every parameter of the spec (name + in) is declared; every response status
 *    of the spec is declared (more are allowed).
 * 3. Schemas, for the JSON request body and every JSON response of the spec: after resolving
 *    $ref (and unwrapping a one-member allOf), the served schema allows every type the spec's
 *    allows (`integer` is satisfied by `number`; a `[T, "null"]` type or an anyOf/oneOf with
 *    a null member counts as nullable), has the same enum values when the spec has an enum,
 *    every property the spec names, the spec's required properties as required (a request
 *    body: exactly the spec's), and the same rules again for properties and array items.
 * Descriptions, examples, formats and length limits are documentation, not checked.
 */
export type JsonRecord = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const SELF = new Set(['GET /docs', 'GET /openapi.json']);
const MAX_DEPTH = 6;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Follows local `#/...` references (and a one-member allOf) until a plain object is left. */
function resolve(doc: JsonRecord, value: unknown): JsonRecord {
  let node = value;
  for (let hops = 0; hops < 20 && isRecord(node); hops++) {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
      node = node.$ref
        .slice(2)
        .split('/')
        .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((at, key) => (isRecord(at) ? at[key] : undefined), doc);
    } else if (Array.isArray(node.allOf) && node.allOf.length === 1) {
      node = node.allOf[0];
    } else {
      return node;
    }
  }
  return isRecord(node) ? node : {};
}

/** "METHOD /path" -> the operation, with the path item's parameters added to its own. */
function operations(doc: JsonRecord): Map<string, JsonRecord> {
  const out = new Map<string, JsonRecord>();
  for (const [path, item] of Object.entries(isRecord(doc.paths) ? doc.paths : {})) {
    if (!isRecord(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const parameters = [...asArray(item.parameters), ...asArray(op.parameters)];
      out.set(`${method.toUpperCase()} ${path}`, { ...op, parameters });
    }
  }
  return out;
}

function members(doc: JsonRecord, schema: JsonRecord): JsonRecord[] {
  return [...asArray(schema.anyOf), ...asArray(schema.oneOf)].map((m) => resolve(doc, m));
}

/** The JSON types a schema allows (members of anyOf/oneOf included). */
function types(doc: JsonRecord, schema: JsonRecord): Set<string> {
  const out = new Set<string>();
  const add = (s: JsonRecord): void => {
    if (typeof s.type === 'string') out.add(s.type);
    for (const t of asArray(s.type)) if (typeof t === 'string') out.add(t);
    if (s.nullable === true || s.const === null) out.add('null');
    for (const member of members(doc, s)) add(member);
  };
  add(schema);
  return out;
}

const isNullOnly = (s: JsonRecord): boolean =>
  s.type === 'null' || (Array.isArray(s.type) && s.type.length === 1 && s.type[0] === 'null');

/** The object member of a schema: itself, or its one non-null anyOf/oneOf member. */
function objectPart(doc: JsonRecord, schema: JsonRecord): JsonRecord {
  if (isRecord(schema.properties) || isRecord(schema.items)) return schema;
  const nonNull = members(doc, schema).filter((m) => !isNullOnly(m));
  return nonNull.length === 1 ? objectPart(doc, nonNull[0] as JsonRecord) : schema;
}

function enumOf(doc: JsonRecord, schema: JsonRecord): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v) => v !== null);
  for (const member of members(doc, schema)) {
    const found = enumOf(doc, member);
    if (found) return found;
  }
  return undefined;
}

interface Where {
  spec: JsonRecord;
  served: JsonRecord;
  at: string;
  request: boolean;
  depth: number;
}

function schemaGaps(w: Where, specSchema: unknown, servedSchema: unknown): string[] {
  if (w.depth > MAX_DEPTH) return [];
  const a = resolve(w.spec, specSchema);
  const b = resolve(w.served, servedSchema);
  const gaps: string[] = [];
  const want = types(w.spec, a);
  const have = types(w.served, b);
  if (have.size > 0) {
    for (const t of want) {
      if (!have.has(t) && !(t === 'integer' && have.has('number'))) {
        gaps.push(`${w.at}: type ${t} is not allowed (served: ${[...have].join('|')})`);
      }
    }
  } else if (want.size > 0 && !isRecord(b.properties) && !isRecord(b.items)) {
    gaps.push(`${w.at}: no type (spec: ${[...want].join('|')})`);
  }
  const wantEnum = enumOf(w.spec, a);
  if (wantEnum) {
    const haveEnum = enumOf(w.served, b) ?? [];
    const same = wantEnum.length === haveEnum.length && wantEnum.every((x) => haveEnum.includes(x));
    if (!same)
      gaps.push(`${w.at}: enum ${JSON.stringify(haveEnum)} is not ${JSON.stringify(wantEnum)}`);
  }
  const ao = objectPart(w.spec, a);
  const bo = objectPart(w.served, b);
  const deeper = (at: string): Where => ({ ...w, at, depth: w.depth + 1 });
  if (isRecord(ao.properties)) {
    const bp = isRecord(bo.properties) ? bo.properties : {};
    const wantReq = asArray(ao.required).map(String);
    const haveReq = asArray(bo.required).map(String);
    for (const name of wantReq)
      if (!haveReq.includes(name)) gaps.push(`${w.at}: "${name}" is not required`);
    if (w.request) {
      for (const name of haveReq) {
        if (!wantReq.includes(name))
          gaps.push(`${w.at}: "${name}" is required but optional in the spec`);
      }
    }
    for (const [name, sub] of Object.entries(ao.properties)) {
      if (!(name in bp)) gaps.push(`${w.at}: property "${name}" is missing`);
      else gaps.push(...schemaGaps(deeper(`${w.at}.${name}`), sub, bp[name]));
    }
  }
  if (ao.items !== undefined) {
    if (bo.items === undefined) gaps.push(`${w.at}: array items are not described`);
    else gaps.push(...schemaGaps(deeper(`${w.at}[]`), ao.items, bo.items));
  }
  return gaps;
}

/** The schema of a request body's or response's application/json content, if it has one. */
function jsonSchema(doc: JsonRecord, holder: unknown): unknown {
  const content = resolve(doc, holder).content;
  const json = isRecord(content) ? content['application/json'] : undefined;
  return isRecord(json) ? json.schema : undefined;
}

/** Every way `served` fails to cover `spec`; empty when it does. One readable line each. */
export function driftFrom(spec: JsonRecord, served: JsonRecord): string[] {
  const gaps: string[] = [];
  const want = operations(spec);
  const have = operations(served);
  for (const key of want.keys()) {
    if (!SELF.has(key) && !have.has(key)) gaps.push(`${key}: not in the served document`);
  }
  for (const key of have.keys()) {
    if (!SELF.has(key) && !want.has(key)) gaps.push(`${key}: served but not in the spec`);
  }
  for (const [key, op] of want) {
    const got = have.get(key);
    if (!got || SELF.has(key)) continue;
    const where = (at: string, request: boolean): Where => ({
      spec,
      served,
      at,
      request,
      depth: 0,
    });
    const params = asArray(got.parameters).map((p) => resolve(served, p));
    for (const p of asArray(op.parameters).map((x) => resolve(spec, x))) {
      if (!params.some((q) => q.name === p.name && q.in === p.in)) {
        gaps.push(`${key}: parameter ${String(p.in)} "${String(p.name)}" is missing`);
      }
    }
    const wantBody = jsonSchema(spec, op.requestBody);
    if (wantBody !== undefined) {
      const haveBody = jsonSchema(served, got.requestBody);
      if (haveBody === undefined) gaps.push(`${key}: no JSON request body`);
      else gaps.push(...schemaGaps(where(`${key} body`, true), wantBody, haveBody));
    }
    const wantRes = isRecord(op.responses) ? op.responses : {};
    const haveRes = isRecord(got.responses) ? got.responses : {};
    for (const [status, response] of Object.entries(wantRes)) {
      if (!(status in haveRes)) {
        gaps.push(`${key}: response ${status} is not declared`);
        continue;
      }
      const wantSchema = jsonSchema(spec, response);
      if (wantSchema === undefined) continue;
      const haveSchema = jsonSchema(served, haveRes[status]);
      if (haveSchema === undefined) gaps.push(`${key} ${status}: no JSON body described`);
      else gaps.push(...schemaGaps(where(`${key} ${status}`, false), wantSchema, haveSchema));
    }
  }
  return gaps;
}

/** The spec shipped at the project root. */
export function loadSpec(): JsonRecord {
  return JSON.parse(readFileSync('openapi.json', 'utf8')) as JsonRecord;
}
