"""
What "the served OpenAPI document covers the API spec" means, checked by
tests/integration/test_openapi.py (the served /openapi.json against the project's openapi.json):

1. Operations: the same "METHOD /path" set, ignoring GET /docs and GET /openapi.json.
2. Per operation: every parameter of the spec (name + in) is declared; every response status of
   the spec is declared (more are allowed).
3. Schemas, for the JSON request body and every JSON response of the spec: after resolving $ref
   (and a one-member allOf), the served schema allows every type the spec's allows (integer is
   satisfied by number; [T, "null"], nullable or a null anyOf/oneOf member is nullable), has the
   same enum values when the spec has an enum, every property the spec names, the spec's
   required properties as required (a request body: exactly the spec's), and the same again
   for properties and array items.
Descriptions, examples, formats and length limits are documentation, not checked.
"""

from typing import Any

Json = dict[str, Any]

METHODS = ("get", "put", "post", "delete", "patch")
SELF = {"GET /docs", "GET /openapi.json"}
MAX_DEPTH = 6


def _resolve(doc: Json, node: Any) -> Json:
    """Follows local "#/..." references (and a one-member allOf) to a plain object."""
    for _ in range(20):
        if not isinstance(node, dict):
            break
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = doc
            for key in ref[2:].split("/"):
                key = key.replace("~1", "/").replace("~0", "~")
                target = target.get(key) if isinstance(target, dict) else None
            node = target
        elif isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
            node = node["allOf"][0]
        else:
            return node
    return node if isinstance(node, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> Json:
    return value if isinstance(value, dict) else {}


def _members(schema: Json) -> list[Any]:
    return [*_list(schema.get("anyOf")), *_list(schema.get("oneOf"))]


def _operations(doc: Json) -> dict[str, Json]:
    out: dict[str, Json] = {}
    for path, item in _dict(doc.get("paths")).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                params = [*_list(item.get("parameters")), *_list(op.get("parameters"))]
                out[f"{method.upper()} {path}"] = {**op, "parameters": params}
    return out


def _types(doc: Json, schema: Json) -> set[str]:
    """The JSON types a schema allows (members of anyOf/oneOf included)."""
    out: set[str] = set()
    kind = schema.get("type")
    if isinstance(kind, str):
        out.add(kind)
    out.update(t for t in _list(kind) if isinstance(t, str))
    if schema.get("nullable") is True or ("const" in schema and schema["const"] is None):
        out.add("null")
    for member in _members(schema):
        out |= _types(doc, _resolve(doc, member))
    return out


def _is_null(schema: Json) -> bool:
    return schema.get("type") == "null" or schema.get("type") == ["null"]


def _object_part(doc: Json, schema: Json) -> Json:
    """The schema itself, or its one non-null anyOf/oneOf member."""
    if isinstance(schema.get("properties"), dict) or isinstance(schema.get("items"), dict):
        return schema
    non_null = [m for m in (_resolve(doc, m) for m in _members(schema)) if not _is_null(m)]
    return _object_part(doc, non_null[0]) if len(non_null) == 1 else schema


def _enum(doc: Json, schema: Json) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return [v for v in schema["enum"] if v is not None]
    for member in _members(schema):
        found = _enum(doc, _resolve(doc, member))
        if found is not None:
            return found
    return None


def _schema_gaps(
    spec: Json, served: Json, s: Any, v: Any, where: str, request: bool, depth: int = 0
) -> list[str]:
    if depth > MAX_DEPTH:
        return []
    a, b = _resolve(spec, s), _resolve(served, v)
    gaps: list[str] = []
    want, have = _types(spec, a), _types(served, b)
    if have:
        for t in sorted(want):
            if t not in have and not (t == "integer" and "number" in have):
                gaps.append(f"{where}: type {t} is not allowed (served: {'|'.join(sorted(have))})")
    elif want and not isinstance(b.get("properties"), dict) and "items" not in b:
        gaps.append(f"{where}: no type (spec: {'|'.join(sorted(want))})")
    want_enum = _enum(spec, a)
    if want_enum is not None:
        have_enum = _enum(served, b) or []
        if sorted(map(repr, want_enum)) != sorted(map(repr, have_enum)):
            gaps.append(f"{where}: enum {have_enum} is not {want_enum}")
    ao, bo = _object_part(spec, a), _object_part(served, b)
    if isinstance(ao.get("properties"), dict):
        bp = _dict(bo.get("properties"))
        want_req = {str(n) for n in _list(ao.get("required"))}
        have_req = {str(n) for n in _list(bo.get("required"))}
        gaps += [f'{where}: "{n}" is not required' for n in sorted(want_req - have_req)]
        if request:
            gaps += [
                f'{where}: "{n}" is required but optional in the spec'
                for n in sorted(have_req - want_req)
            ]
        for name, sub in ao["properties"].items():
            if name not in bp:
                gaps.append(f'{where}: property "{name}" is missing')
            else:
                deeper = f"{where}.{name}"
                gaps += _schema_gaps(spec, served, sub, bp[name], deeper, request, depth + 1)
    if "items" in ao:
        if "items" not in bo:
            gaps.append(f"{where}: array items are not described")
        else:
            item, served_item = ao["items"], bo["items"]
            gaps += _schema_gaps(spec, served, item, served_item, f"{where}[]", request, depth + 1)
    return gaps


def _json_schema(doc: Json, holder: Any) -> Any:
    content = _resolve(doc, holder).get("content")
    json = content.get("application/json") if isinstance(content, dict) else None
    return json.get("schema") if isinstance(json, dict) else None


def drift(spec: Json, served: Json) -> list[str]:
    """Every way `served` fails to cover `spec`, one readable line each; empty when it does."""
    gaps: list[str] = []
    want, have = _operations(spec), _operations(served)
    gaps += [f"{k}: not in the served document" for k in want if k not in SELF and k not in have]
    gaps += [f"{k}: served but not in the spec" for k in have if k not in SELF and k not in want]
    for key, op in want.items():
        got = have.get(key)
        if got is None or key in SELF:
            continue
        params = [_resolve(served, p) for p in got["parameters"]]
        for p in (_resolve(spec, x) for x in op["parameters"]):
            name, where = p.get("name"), p.get("in")
            if not any(q.get("name") == name and q.get("in") == where for q in params):
                gaps.append(f'{key}: parameter {p.get("in")} "{p.get("name")}" is missing')
        want_body = _json_schema(spec, op.get("requestBody"))
        if want_body is not None:
            have_body = _json_schema(served, got.get("requestBody"))
            if have_body is None:
                gaps.append(f"{key}: no JSON request body")
            else:
                gaps += _schema_gaps(spec, served, want_body, have_body, f"{key} body", True)
        want_res, have_res = _dict(op.get("responses")), _dict(got.get("responses"))
        for status, response in want_res.items():
            if status not in have_res:
                gaps.append(f"{key}: response {status} is not declared")
                continue
            want_schema = _json_schema(spec, response)
            if want_schema is None:
                continue
            have_schema = _json_schema(served, have_res[status])
            if have_schema is None:
                gaps.append(f"{key} {status}: no JSON body described")
            else:
                where = f"{key} {status}"
                gaps += _schema_gaps(spec, served, want_schema, have_schema, where, False)
    return gaps
