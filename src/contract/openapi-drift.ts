/**
 * What "the served OpenAPI document covers the API spec" means, in one place. Every generated
 * project checks its code-built /openapi.json against the shipped openapi.json with the same
 * rules, in its own language (test/openapi-drift.* or equivalent), and the conformance suite
 * checks the running app with this implementation. The rules:
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

/** Follows local `#/...` references (and a one-member allOf) until a plain object is left. */
function resolve(doc: JsonRecord, value: unknown): JsonRecord {
  let node = value;
  for (let hops = 0; hops < 20 && isRecord(node); hops++) {
    if (typeof node.$ref === 'string' && node.$ref.startsWith('#/')) {
      const target = node.$ref
        .slice(2)
        .split('/')
        .reduce<unknown>((at, key) => (isRecord(at) ? at[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), doc);
      node = target;
    } else if (Array.isArray(node.allOf) && node.allOf.length === 1) {
      node = node.allOf[0];
    } else {
      return node;
    }
  }
  return isRecord(node) ? node : {};
}

function operations(doc: JsonRecord): Map<string, JsonRecord> {
  const out = new Map<string, JsonRecord>();
  for (const [path, item] of Object.entries(isRecord(doc.paths) ? doc.paths : {})) {
    if (!isRecord(item)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (isRecord(op)) out.set(`${method.toUpperCase()} ${path}`, { ...op, parameters: [...asArray(item.parameters), ...asArray(op.parameters)] });
    }
  }
  return out;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The JSON types a schema allows (members of anyOf/oneOf included). */
function types(doc: JsonRecord, schema: JsonRecord): Set<string> {
  const out = new Set<string>();
  const add = (s: JsonRecord): void => {
    if (typeof s.type === 'string') out.add(s.type);
    if (Array.isArray(s.type)) for (const t of s.type) if (typeof t === 'string') out.add(t);
    if (s.nullable === true) out.add('null');
    for (const member of [...asArray(s.anyOf), ...asArray(s.oneOf)]) add(resolve(doc, member));
    if (s.const === null) out.add('null');
  };
  add(schema);
  return out;
}

/** The object member of a schema: itself, or its one non-null anyOf/oneOf member. */
function objectPart(doc: JsonRecord, schema: JsonRecord): JsonRecord {
  if (isRecord(schema.properties) || isRecord(schema.items)) return schema;
  const members = [...asArray(schema.anyOf), ...asArray(schema.oneOf)].map((m) => resolve(doc, m));
  const nonNull = members.filter((m) => !(m.type === 'null' || (Array.isArray(m.type) && m.type.length === 1 && m.type[0] === 'null')));
  return nonNull.length === 1 ? objectPart(doc, nonNull[0] as JsonRecord) : schema;
}

function enumOf(doc: JsonRecord, schema: JsonRecord): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.filter((v) => v !== null);
  for (const member of [...asArray(schema.anyOf), ...asArray(schema.oneOf)]) {
    const found = enumOf(doc, resolve(doc, member));
    if (found) return found;
  }
  return undefined;
}

function schemaGaps(spec: JsonRecord, served: JsonRecord, s: unknown, v: unknown, where: string, request: boolean, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  const a = resolve(spec, s);
  const b = resolve(served, v);
  const gaps: string[] = [];
  const want = types(spec, a);
  const have = types(served, b);
  if (have.size > 0) {
    for (const t of want) {
      if (!have.has(t) && !(t === 'integer' && have.has('number'))) gaps.push(`${where}: type ${t} is not allowed (served: ${[...have].join('|')})`);
    }
  } else if (want.size > 0 && !isRecord(b.properties) && !isRecord(b.items)) {
    gaps.push(`${where}: no type (spec: ${[...want].join('|')})`);
  }
  const wantEnum = enumOf(spec, a);
  if (wantEnum) {
    const haveEnum = enumOf(served, b) ?? [];
    const same = wantEnum.length === haveEnum.length && wantEnum.every((x) => haveEnum.includes(x));
    if (!same) gaps.push(`${where}: enum ${JSON.stringify(haveEnum)} is not ${JSON.stringify(wantEnum)}`);
  }
  const ao = objectPart(spec, a);
  const bo = objectPart(served, b);
  if (isRecord(ao.properties)) {
    const bp = isRecord(bo.properties) ? bo.properties : {};
    const wantReq = asArray(ao.required).map(String).sort();
    const haveReq = asArray(bo.required).map(String).sort();
    for (const name of wantReq) if (!haveReq.includes(name)) gaps.push(`${where}: "${name}" is not required`);
    if (request) for (const name of haveReq) if (!wantReq.includes(name)) gaps.push(`${where}: "${name}" is required but optional in the spec`);
    for (const [name, sub] of Object.entries(ao.properties)) {
      if (!(name in bp)) gaps.push(`${where}: property "${name}" is missing`);
      else gaps.push(...schemaGaps(spec, served, sub, bp[name], `${where}.${name}`, request, depth + 1));
    }
  }
  if (ao.items !== undefined) {
    if (bo.items === undefined) gaps.push(`${where}: array items are not described`);
    else gaps.push(...schemaGaps(spec, served, ao.items, bo.items, `${where}[]`, request, depth + 1));
  }
  return gaps;
}

function jsonSchema(doc: JsonRecord, holder: unknown): unknown {
  const content = resolve(doc, holder).content;
  if (!isRecord(content)) return undefined;
  const json = content['application/json'];
  return isRecord(json) ? json.schema : undefined;
}

/** Every way `served` fails to cover `spec`; empty when it does. One readable line each. */
export function driftFrom(spec: JsonRecord, served: JsonRecord): string[] {
  const gaps: string[] = [];
  const want = operations(spec);
  const have = operations(served);
  for (const key of want.keys()) if (!SELF.has(key) && !have.has(key)) gaps.push(`${key}: not in the served document`);
  for (const key of have.keys()) if (!SELF.has(key) && !want.has(key)) gaps.push(`${key}: served but not in the spec`);
  for (const [key, op] of want) {
    const got = have.get(key);
    if (!got || SELF.has(key)) continue;
    const params = asArray(got.parameters).map((p) => resolve(served, p));
    for (const p of asArray(op.parameters).map((x) => resolve(spec, x))) {
      if (!params.some((q) => q.name === p.name && q.in === p.in)) gaps.push(`${key}: parameter ${String(p.in)} "${String(p.name)}" is missing`);
    }
    const wantBody = jsonSchema(spec, op.requestBody);
    if (wantBody !== undefined) {
      const haveBody = jsonSchema(served, got.requestBody);
      if (haveBody === undefined) gaps.push(`${key}: no JSON request body`);
      else gaps.push(...schemaGaps(spec, served, wantBody, haveBody, `${key} body`, true, 0));
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
      else gaps.push(...schemaGaps(spec, served, wantSchema, haveSchema, `${key} ${status}`, false, 0));
    }
  }
  return gaps;
}
