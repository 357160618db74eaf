"""Does the OpenAPI document the app builds from its code still cover openapi.json (the API spec)?

drift_from(spec, served) lists every gap, one readable line each; an empty list means covered:

1. Operations: the same "METHOD /path" set (path templates written `{id}`), ignoring GET /docs and
   GET /openapi.json (a document may or may not describe itself).
2. Per operation: every parameter of the spec (name + in) is declared; every response status of
   the spec is declared (more are allowed).
3. Schemas, for the JSON request body and every JSON response of the spec: after resolving $ref
   (and unwrapping a one-member allOf), the served schema allows every type the spec's allows
   (`integer` is satisfied by `number`; a `[T, "null"]` type or an anyOf/oneOf with a null member
   counts as nullable), has the same enum values when the spec has an enum, every property the
   spec names, the spec's required properties as required (a request body: exactly the spec's),
   and the same rules again for properties and array items.

Descriptions, examples, formats and length limits are documentation, not checked.
"""

from __future__ import annotations

from typing import Any

JsonObject = dict[str, Any]

METHODS = ("get", "put", "post", "delete", "patch")
SELF = frozenset({"GET /docs", "GET /openapi.json"})
MAX_DEPTH = 6


def _object(value: Any) -> JsonObject:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _resolve(doc: JsonObject, value: Any) -> JsonObject:
    """Follows local `#/...` references (and a one-member allOf) until a plain object is left."""
    node = value
    for _ in range(20):
        if not isinstance(node, dict):
            break
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = doc
            for key in ref[2:].split("/"):
                target = _object(target).get(key.replace("~1", "/").replace("~0", "~"))
            node = target
        elif len(_list(node.get("allOf"))) == 1:
            node = node["allOf"][0]
        else:
            return node
    return _object(node)


def _operations(doc: JsonObject) -> dict[str, JsonObject]:
    found: dict[str, JsonObject] = {}
    for path, item in _object(doc.get("paths")).items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                parameters = _list(item.get("parameters")) + _list(operation.get("parameters"))
                found[f"{method.upper()} {path}"] = {**operation, "parameters": parameters}
    return found


def _members(doc: JsonObject, schema: JsonObject) -> list[JsonObject]:
    return [_resolve(doc, m) for m in _list(schema.get("anyOf")) + _list(schema.get("oneOf"))]


def _types(doc: JsonObject, schema: JsonObject) -> set[str]:
    """The JSON types a schema allows (members of anyOf/oneOf included)."""
    found: set[str] = set()
    declared = schema.get("type")
    if isinstance(declared, str):
        found.add(declared)
    found.update(t for t in _list(declared) if isinstance(t, str))
    if schema.get("nullable") is True or ("const" in schema and schema["const"] is None):
        found.add("null")
    for member in _members(doc, schema):
        found |= _types(doc, member)
    return found


def _is_null(schema: JsonObject) -> bool:
    return schema.get("type") == "null" or schema.get("type") == ["null"]


def _object_part(doc: JsonObject, schema: JsonObject) -> JsonObject:
    """The object member of a schema: itself, or its one non-null anyOf/oneOf member."""
    if isinstance(schema.get("properties"), dict) or isinstance(schema.get("items"), dict):
        return schema
    non_null = [m for m in _members(doc, schema) if not _is_null(m)]
    return _object_part(doc, non_null[0]) if len(non_null) == 1 else schema


def _enum(doc: JsonObject, schema: JsonObject) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return [v for v in schema["enum"] if v is not None]
    for member in _members(doc, schema):
        found = _enum(doc, member)
        if found is not None:
            return found
    return None


def _schema_gaps(
    spec: JsonObject,
    served: JsonObject,
    want_schema: Any,
    have_schema: Any,
    where: str,
    request: bool,
    depth: int = 0,
) -> list[str]:
    if depth > MAX_DEPTH:
        return []
    a, b = _resolve(spec, want_schema), _resolve(served, have_schema)
    gaps: list[str] = []
    want, have = _types(spec, a), _types(served, b)
    if have:
        for t in sorted(want):
            if t not in have and not (t == "integer" and "number" in have):
                gaps.append(f"{where}: type {t} is not allowed (served: {'|'.join(sorted(have))})")
    elif want and "properties" not in b and "items" not in b:
        gaps.append(f"{where}: no type (spec: {'|'.join(sorted(want))})")
    want_enum = _enum(spec, a)
    if want_enum is not None:
        have_enum = _enum(served, b) or []
        if len(want_enum) != len(have_enum) or any(v not in have_enum for v in want_enum):
            gaps.append(f"{where}: enum {have_enum} is not {want_enum}")
    ao, bo = _object_part(spec, a), _object_part(served, b)
    if isinstance(ao.get("properties"), dict):
        have_props = _object(bo.get("properties"))
        want_req = {str(n) for n in _list(ao.get("required"))}
        have_req = {str(n) for n in _list(bo.get("required"))}
        gaps += [f'{where}: "{n}" is not required' for n in sorted(want_req - have_req)]
        if request:
            gaps += [
                f'{where}: "{n}" is required but optional in the spec'
                for n in sorted(have_req - want_req)
            ]
        for name, sub in ao["properties"].items():
            if name not in have_props:
                gaps.append(f'{where}: property "{name}" is missing')
            else:
                gaps += _schema_gaps(
                    spec, served, sub, have_props[name], f"{where}.{name}", request, depth + 1
                )
    if "items" in ao:
        if "items" not in bo:
            gaps.append(f"{where}: array items are not described")
        else:
            gaps += _schema_gaps(
                spec, served, ao["items"], bo["items"], f"{where}[]", request, depth + 1
            )
    return gaps


def _json_schema(doc: JsonObject, holder: Any) -> Any:
    content = _resolve(doc, holder).get("content")
    media = _object(content).get("application/json") if isinstance(content, dict) else None
    return media.get("schema") if isinstance(media, dict) else None


def drift_from(spec: JsonObject, served: JsonObject) -> list[str]:
    """Every way `served` fails to cover `spec`; empty when it does."""
    want, have = _operations(spec), _operations(served)
    gaps = [f"{key}: not in the served document" for key in want if key not in {*have, *SELF}]
    gaps += [f"{key}: served but not in the spec" for key in have if key not in {*want, *SELF}]
    for key, operation in want.items():
        got = have.get(key)
        if got is None or key in SELF:
            continue
        declared = [_resolve(served, p) for p in got["parameters"]]
        for p in (_resolve(spec, x) for x in operation["parameters"]):
            if not any(
                q.get("name") == p.get("name") and q.get("in") == p.get("in") for q in declared
            ):
                gaps.append(f'{key}: parameter {p.get("in")} "{p.get("name")}" is missing')
        want_body = _json_schema(spec, operation.get("requestBody"))
        if want_body is not None:
            have_body = _json_schema(served, got.get("requestBody"))
            if have_body is None:
                gaps.append(f"{key}: no JSON request body")
            else:
                gaps += _schema_gaps(spec, served, want_body, have_body, f"{key} body", True)
        have_responses = _object(got.get("responses"))
        for status, response in _object(operation.get("responses")).items():
            if status not in have_responses:
                gaps.append(f"{key}: response {status} is not declared")
                continue
            want_schema = _json_schema(spec, response)
            if want_schema is None:
                continue
            have_schema = _json_schema(served, have_responses[status])
            if have_schema is None:
                gaps.append(f"{key} {status}: no JSON body described")
            else:
                gaps += _schema_gaps(
                    spec, served, want_schema, have_schema, f"{key} {status}", False
                )
    return gaps
