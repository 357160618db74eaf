package docs

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Drift lists every way the served document fails to cover the spec (openapi.json), one
// readable line each; none when it does. The rules:
//
//  1. Operations: the same "METHOD /path" set, ignoring GET /docs and GET /openapi.json (a
//     document may or may not describe itself).
//  2. Per operation: every parameter of the spec (name + in) is declared; every response
//     status of the spec is declared (more are allowed).
//  3. Schemas, for the JSON request body and every JSON response of the spec: after resolving
//     $ref (and a one-member allOf), the served schema allows every type the spec's allows
//     (integer is satisfied by number; a [T, "null"] type or an anyOf/oneOf with a null member
//     is nullable), has the same enum values when the spec has an enum, every property the
//     spec names, the spec's required properties as required (a request body: exactly the
//     spec's), and the same rules again for properties and array items.
//
// Descriptions, examples, formats and length limits are documentation, not checked.
func Drift(spec, served []byte) ([]string, error) {
	var s, v object
	if err := json.Unmarshal(spec, &s); err != nil {
		return nil, fmt.Errorf("spec: %w", err)
	}
	if err := json.Unmarshal(served, &v); err != nil {
		return nil, fmt.Errorf("served document: %w", err)
	}
	d := drift{spec: s, served: v}
	want, have := operations(s), operations(v)
	for _, key := range slices.Sorted(maps.Keys(want)) {
		if !self[key] && have[key] == nil {
			d.gap("%s: not in the served document", key)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(have)) {
		if !self[key] && want[key] == nil {
			d.gap("%s: served but not in the spec", key)
		}
	}
	for _, key := range slices.Sorted(maps.Keys(want)) {
		if got := have[key]; got != nil && !self[key] {
			d.operation(key, want[key], got)
		}
	}
	return d.gaps, nil
}

type object = map[string]any

var (
	methods = []string{"get", "put", "post", "delete", "patch"}
	self    = map[string]bool{"GET /docs": true, "GET /openapi.json": true}
)

const maxDepth = 6

type drift struct {
	spec, served object
	gaps         []string
}

func (d *drift) gap(format string, args ...any) {
	d.gaps = append(d.gaps, fmt.Sprintf(format, args...))
}

func (d *drift) operation(key string, op, got object) {
	for _, p := range list(op["parameters"]) {
		p := resolve(d.spec, p)
		found := slices.ContainsFunc(list(got["parameters"]), func(q any) bool {
			q2 := resolve(d.served, q)
			return q2["name"] == p["name"] && q2["in"] == p["in"]
		})
		if !found {
			d.gap("%s: parameter %v %q is missing", key, p["in"], fmt.Sprint(p["name"]))
		}
	}
	if wantBody := jsonSchema(d.spec, op["requestBody"]); wantBody != nil {
		if haveBody := jsonSchema(d.served, got["requestBody"]); haveBody == nil {
			d.gap("%s: no JSON request body", key)
		} else {
			d.schema(wantBody, haveBody, key+" body", true, 0)
		}
	}
	wantRes, _ := op["responses"].(object)
	haveRes, _ := got["responses"].(object)
	for _, status := range slices.Sorted(maps.Keys(wantRes)) {
		response, declared := haveRes[status]
		if !declared {
			d.gap("%s: response %s is not declared", key, status)
			continue
		}
		wantSchema := jsonSchema(d.spec, wantRes[status])
		if wantSchema == nil {
			continue
		}
		if haveSchema := jsonSchema(d.served, response); haveSchema == nil {
			d.gap("%s %s: no JSON body described", key, status)
		} else {
			d.schema(wantSchema, haveSchema, key+" "+status, false, 0)
		}
	}
}

func (d *drift) schema(s, v any, where string, request bool, depth int) {
	if depth > maxDepth {
		return
	}
	a, b := resolve(d.spec, s), resolve(d.served, v)
	want, have := types(d.spec, a), types(d.served, b)
	if len(have) > 0 {
		for _, t := range slices.Sorted(maps.Keys(want)) {
			// integer is satisfied by number.
			if allowed := have[t] || (t == "integer" && have["number"]); !allowed {
				d.gap("%s: type %s is not allowed (served: %s)", where, t, strings.Join(slices.Sorted(maps.Keys(have)), "|"))
			}
		}
	} else if len(want) > 0 && b["properties"] == nil && b["items"] == nil {
		d.gap("%s: no type (spec: %s)", where, strings.Join(slices.Sorted(maps.Keys(want)), "|"))
	}
	if wantEnum, ok := enumOf(d.spec, a); ok {
		haveEnum, _ := enumOf(d.served, b)
		same := len(wantEnum) == len(haveEnum) && !slices.ContainsFunc(wantEnum, func(x any) bool { return !slices.Contains(haveEnum, x) })
		if !same {
			d.gap("%s: enum %s is not %s", where, compact(haveEnum), compact(wantEnum))
		}
	}
	ao, bo := objectPart(d.spec, a), objectPart(d.served, b)
	if props, ok := ao["properties"].(object); ok {
		bp, _ := bo["properties"].(object)
		wantReq, haveReq := names(ao["required"]), names(bo["required"])
		for _, name := range wantReq {
			if !slices.Contains(haveReq, name) {
				d.gap("%s: %q is not required", where, name)
			}
		}
		if request {
			for _, name := range haveReq {
				if !slices.Contains(wantReq, name) {
					d.gap("%s: %q is required but optional in the spec", where, name)
				}
			}
		}
		for _, name := range slices.Sorted(maps.Keys(props)) {
			if sub, found := bp[name]; !found {
				d.gap("%s: property %q is missing", where, name)
			} else {
				d.schema(props[name], sub, where+"."+name, request, depth+1)
			}
		}
	}
	if items, ok := ao["items"]; ok {
		if bo["items"] == nil {
			d.gap("%s: array items are not described", where)
		} else {
			d.schema(items, bo["items"], where+"[]", request, depth+1)
		}
	}
}

// resolve follows local "#/..." references (and a one-member allOf) to a plain object.
func resolve(doc object, value any) object {
	node := value
	for range 20 {
		o, ok := node.(object)
		if !ok {
			return object{}
		}
		if ref, ok := o["$ref"].(string); ok && strings.HasPrefix(ref, "#/") {
			var at any = doc
			for _, key := range strings.Split(ref[2:], "/") {
				m, _ := at.(object)
				at = m[strings.ReplaceAll(strings.ReplaceAll(key, "~1", "/"), "~0", "~")]
			}
			node = at
		} else if all := list(o["allOf"]); len(all) == 1 {
			node = all[0]
		} else {
			return o
		}
	}
	return object{}
}

// operations maps "METHOD /path" to the operation, with the path item's parameters added.
func operations(doc object) map[string]object {
	out := map[string]object{}
	paths, _ := doc["paths"].(object)
	for path, item := range paths {
		item, ok := item.(object)
		if !ok {
			continue
		}
		for _, method := range methods {
			if op, ok := item[method].(object); ok {
				merged := maps.Clone(op)
				merged["parameters"] = append(slices.Clone(list(item["parameters"])), list(op["parameters"])...)
				out[strings.ToUpper(method)+" "+path] = merged
			}
		}
	}
	return out
}

func list(value any) []any {
	l, _ := value.([]any)
	return l
}

func names(value any) []string {
	var out []string
	for _, v := range list(value) {
		out = append(out, fmt.Sprint(v))
	}
	return out
}

// members are a schema's anyOf and oneOf members, resolved.
func members(doc, schema object) []object {
	var out []object
	for _, m := range append(slices.Clone(list(schema["anyOf"])), list(schema["oneOf"])...) {
		out = append(out, resolve(doc, m))
	}
	return out
}

// types are the JSON types a schema allows (members of anyOf/oneOf included).
func types(doc, schema object) map[string]bool {
	out := map[string]bool{}
	var add func(object)
	add = func(s object) {
		switch t := s["type"].(type) {
		case string:
			out[t] = true
		case []any:
			for _, name := range t {
				if name, ok := name.(string); ok {
					out[name] = true
				}
			}
		}
		if s["nullable"] == true {
			out["null"] = true
		}
		for _, m := range members(doc, s) {
			add(m)
		}
		if c, ok := s["const"]; ok && c == nil {
			out["null"] = true
		}
	}
	add(schema)
	return out
}

// objectPart is the object member of a schema: itself, or its one non-null anyOf/oneOf member.
func objectPart(doc, schema object) object {
	if schema["properties"] != nil || schema["items"] != nil {
		return schema
	}
	var nonNull []object
	for _, m := range members(doc, schema) {
		t := m["type"]
		if only := list(t); t == "null" || (len(only) == 1 && only[0] == "null") {
			continue
		}
		nonNull = append(nonNull, m)
	}
	if len(nonNull) == 1 {
		return objectPart(doc, nonNull[0])
	}
	return schema
}

func enumOf(doc, schema object) ([]any, bool) {
	if values, ok := schema["enum"].([]any); ok {
		return slices.DeleteFunc(slices.Clone(values), func(v any) bool { return v == nil }), true
	}
	for _, m := range members(doc, schema) {
		if found, ok := enumOf(doc, m); ok {
			return found, true
		}
	}
	return nil, false
}

func compact(values []any) string {
	if values == nil {
		values = []any{}
	}
	out, _ := json.Marshal(values)
	return string(out)
}

// jsonSchema is the application/json schema of a request body or response, or nil.
func jsonSchema(doc object, holder any) any {
	content, _ := resolve(doc, holder)["content"].(object)
	media, _ := content["application/json"].(object)
	if media == nil {
		return nil
	}
	return media["schema"]
}
