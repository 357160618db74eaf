package com.example.api.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every way a served OpenAPI document fails to cover the spec (openapi.json), one readable line
 * each; empty when it covers it. The rules:
 *
 * <ol>
 *   <li>Operations: the same "METHOD /path" set, ignoring GET /docs and GET /openapi.json.
 *   <li>Per operation: every parameter of the spec (name + in) and every response status of the
 *       spec is declared (more are allowed).
 *   <li>Schemas of the JSON request body and of every JSON response of the spec: after resolving
 *       $ref (and a one-member allOf), the served schema allows every type the spec's allows
 *       ({@code integer} is satisfied by {@code number}; {@code [T, "null"]} or an anyOf/oneOf
 *       member of type null is nullable), has the same enum when the spec has one, every property
 *       the spec names, the spec's required properties as required (a request body: exactly the
 *       spec's), and the same again for properties and array items.
 * </ol>
 *
 * Descriptions, examples, formats and length limits are documentation and not compared.
 */
final class OpenApiDrift {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
  private static final Set<String> SELF = Set.of("GET /docs", "GET /openapi.json");
  private static final int MAX_DEPTH = 6;

  private final JsonNode spec;
  private final JsonNode served;
  private final List<String> gaps = new ArrayList<>();

  private OpenApiDrift(JsonNode spec, JsonNode served) {
    this.spec = spec;
    this.served = served;
  }

  static List<String> gaps(JsonNode spec, JsonNode served) {
    OpenApiDrift drift = new OpenApiDrift(spec, served);
    drift.compare();
    return drift.gaps;
  }

  private void compare() {
    Map<String, JsonNode> want = operations(spec);
    Map<String, JsonNode> have = operations(served);
    want.keySet().stream()
        .filter(k -> !SELF.contains(k) && !have.containsKey(k))
        .forEach(k -> gaps.add(k + ": not in the served document"));
    have.keySet().stream()
        .filter(k -> !SELF.contains(k) && !want.containsKey(k))
        .forEach(k -> gaps.add(k + ": served but not in the spec"));
    want.forEach(
        (key, op) -> {
          JsonNode got = have.get(key);
          if (got != null && !SELF.contains(key)) {
            compareOperation(key, op, got);
          }
        });
  }

  private void compareOperation(String key, JsonNode op, JsonNode got) {
    for (JsonNode p : op.path("parameters")) {
      JsonNode param = resolve(spec, p);
      boolean declared = false;
      for (JsonNode q : got.path("parameters")) {
        JsonNode other = resolve(served, q);
        declared |=
            other.path("name").equals(param.path("name"))
                && other.path("in").equals(param.path("in"));
      }
      if (!declared) {
        gaps.add(
            key
                + ": parameter "
                + param.path("in").asString()
                + " \""
                + param.path("name").asString()
                + "\" is missing");
      }
    }
    JsonNode wantBody = jsonSchema(spec, op.path("requestBody"));
    if (!wantBody.isMissingNode()) {
      JsonNode haveBody = jsonSchema(served, got.path("requestBody"));
      if (haveBody.isMissingNode()) {
        gaps.add(key + ": no JSON request body");
      } else {
        schema(wantBody, haveBody, key + " body", true, 0);
      }
    }
    op.path("responses")
        .properties()
        .forEach(
            entry -> {
              String status = entry.getKey();
              JsonNode haveResponse = got.path("responses").path(status);
              if (haveResponse.isMissingNode()) {
                gaps.add(key + ": response " + status + " is not declared");
                return;
              }
              JsonNode wantSchema = jsonSchema(spec, entry.getValue());
              if (wantSchema.isMissingNode()) {
                return;
              }
              JsonNode haveSchema = jsonSchema(served, haveResponse);
              if (haveSchema.isMissingNode()) {
                gaps.add(key + " " + status + ": no JSON body described");
              } else {
                schema(wantSchema, haveSchema, key + " " + status, false, 0);
              }
            });
  }

  private void schema(JsonNode s, JsonNode v, String where, boolean request, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    JsonNode a = resolve(spec, s);
    JsonNode b = resolve(served, v);
    Set<String> want = types(spec, a);
    Set<String> have = types(served, b);
    if (!have.isEmpty()) {
      for (String t : want) {
        if (!have.contains(t) && !(t.equals("integer") && have.contains("number"))) {
          gaps.add(
              where + ": type " + t + " is not allowed (served: " + String.join("|", have) + ")");
        }
      }
    } else if (!want.isEmpty() && !b.path("properties").isObject() && !b.path("items").isObject()) {
      gaps.add(where + ": no type (spec: " + String.join("|", want) + ")");
    }
    List<JsonNode> wantEnum = enumOf(spec, a);
    if (wantEnum != null) {
      List<JsonNode> found = enumOf(served, b);
      List<JsonNode> haveEnum = found == null ? List.of() : found;
      if (wantEnum.size() != haveEnum.size() || !haveEnum.containsAll(wantEnum)) {
        gaps.add(where + ": enum " + haveEnum + " is not " + wantEnum);
      }
    }
    JsonNode ao = objectPart(spec, a);
    JsonNode bo = objectPart(served, b);
    if (ao.path("properties").isObject()) {
      Set<String> wantReq = strings(ao.path("required"));
      Set<String> haveReq = strings(bo.path("required"));
      wantReq.stream()
          .filter(n -> !haveReq.contains(n))
          .forEach(n -> gaps.add(where + ": \"" + n + "\" is not required"));
      if (request) {
        haveReq.stream()
            .filter(n -> !wantReq.contains(n))
            .forEach(n -> gaps.add(where + ": \"" + n + "\" is required but optional in the spec"));
      }
      ao.path("properties")
          .properties()
          .forEach(
              p -> {
                JsonNode sub = bo.path("properties").path(p.getKey());
                if (sub.isMissingNode()) {
                  gaps.add(where + ": property \"" + p.getKey() + "\" is missing");
                } else {
                  schema(p.getValue(), sub, where + "." + p.getKey(), request, depth + 1);
                }
              });
    }
    if (ao.has("items")) {
      if (!bo.has("items")) {
        gaps.add(where + ": array items are not described");
      } else {
        schema(ao.path("items"), bo.path("items"), where + "[]", request, depth + 1);
      }
    }
  }

  /** "METHOD /path" to the operation, with the path item's parameters joined to its own. */
  private static Map<String, JsonNode> operations(JsonNode doc) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    doc.path("paths")
        .properties()
        .forEach(
            path -> {
              for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                if (op.isObject()) {
                  ObjectNode copy = (ObjectNode) op.deepCopy();
                  ArrayNode params = copy.putArray("parameters");
                  path.getValue().path("parameters").forEach(params::add);
                  op.path("parameters").forEach(params::add);
                  out.put(method.toUpperCase() + " " + path.getKey(), copy);
                }
              }
            });
    return out;
  }

  /** Follows local {@code #/...} references (and a one-member allOf) to a plain object. */
  private static JsonNode resolve(JsonNode doc, JsonNode node) {
    for (int hops = 0; hops < 20 && node.isObject(); hops++) {
      String ref = node.path("$ref").asString("");
      if (ref.startsWith("#/")) {
        node = doc.at(ref.substring(1));
      } else if (node.path("allOf").size() == 1) {
        node = node.path("allOf").get(0);
      } else {
        return node;
      }
    }
    return node.isObject() ? node : MissingNode.getInstance();
  }

  /** The JSON types a schema allows (members of anyOf/oneOf included). */
  private static Set<String> types(JsonNode doc, JsonNode s) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode type = s.path("type");
    if (type.isString()) {
      out.add(type.asString());
    }
    type.valueStream().filter(JsonNode::isString).forEach(t -> out.add(t.asString()));
    if (s.path("nullable").asBoolean(false) || (s.has("const") && s.get("const").isNull())) {
      out.add("null");
    }
    members(s).forEach(m -> out.addAll(types(doc, resolve(doc, m))));
    return out;
  }

  /** The object member of a schema: itself, or its one non-null anyOf/oneOf member. */
  private static JsonNode objectPart(JsonNode doc, JsonNode s) {
    if (s.path("properties").isObject() || s.path("items").isObject()) {
      return s;
    }
    List<JsonNode> nonNull =
        members(s).stream().map(m -> resolve(doc, m)).filter(m -> !isNullType(m)).toList();
    return nonNull.size() == 1 ? objectPart(doc, nonNull.get(0)) : s;
  }

  private static boolean isNullType(JsonNode s) {
    JsonNode type = s.path("type");
    return type.asString("").equals("null")
        || (type.isArray() && type.size() == 1 && type.get(0).asString("").equals("null"));
  }

  private static List<JsonNode> enumOf(JsonNode doc, JsonNode s) {
    if (s.path("enum").isArray()) {
      return s.path("enum").valueStream().filter(v -> !v.isNull()).toList();
    }
    for (JsonNode m : members(s)) {
      List<JsonNode> found = enumOf(doc, resolve(doc, m));
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static List<JsonNode> members(JsonNode s) {
    List<JsonNode> out = new ArrayList<>();
    s.path("anyOf").forEach(out::add);
    s.path("oneOf").forEach(out::add);
    return out;
  }

  private static JsonNode jsonSchema(JsonNode doc, JsonNode holder) {
    return resolve(doc, holder).path("content").path("application/json").path("schema");
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(v -> out.add(v.asString()));
    return out;
  }
}
