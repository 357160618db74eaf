package docs

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3gen"
	"github.com/google/uuid"
)

// generator reflects Go types into JSON Schema: pointers are nullable (OpenAPI 3.1 writes that
// as a type array with "null"), the validator tags the parsers check become the schema's
// constraints, and required decides which properties a struct requires. With components, each
// named struct becomes a component schema.
func generator(names map[reflect.Type]string, required func(reflect.StructField) bool, components bool) *openapi3gen.Generator {
	return openapi3gen.NewGenerator(
		openapi3gen.CreateComponentSchemas(openapi3gen.ExportComponentSchemasOptions{ExportComponentSchemas: components, ExportTopLevelSchema: components}),
		openapi3gen.CreateTypeNameGenerator(func(t reflect.Type) string {
			if name, ok := names[t]; ok {
				return name
			}
			if t.Name() == "" {
				return ""
			}
			return strings.ToUpper(t.Name()[:1]) + t.Name()[1:]
		}),
		openapi3gen.SchemaCustomizer(func(_ string, t reflect.Type, tag reflect.StructTag, schema *openapi3.Schema) error {
			if t == reflect.TypeFor[uuid.UUID]() {
				schema.Type, schema.Format, schema.Items = &openapi3.Types{"string"}, "uuid", nil
			}
			if schema.Nullable && schema.Type != nil {
				schema.Nullable = false
				schema.Type = &openapi3.Types{(*schema.Type)[0], "null"}
			}
			applyRules(schema, tag.Get("validate"))
			if t.Kind() == reflect.Struct && len(schema.Properties) > 0 {
				schema.Required = requiredFields(t, required)
			}
			return nil
		}),
	)
}

// applyRules writes the validator tags (the rules the request parsers check) as JSON Schema.
func applyRules(schema *openapi3.Schema, rules string) {
	for rule := range strings.SplitSeq(rules, ",") {
		name, param, _ := strings.Cut(rule, "=")
		n, _ := strconv.ParseUint(param, 10, 64)
		isString := schema.Type.Includes("string")
		switch {
		case name == "required" && isString:
			schema.MinLength = 1 // validator's required: a string is not empty
		case name == "oneof":
			for _, v := range strings.Fields(param) {
				schema.Enum = append(schema.Enum, v)
			}
		case name == "email":
			schema.Format = "email"
		case name == "datetime" && param == "2006-01-02":
			schema.Format = "date"
		case name == "min" && isString:
			schema.MinLength = n
		case name == "max" && isString:
			schema.MaxLength = &n
		case name == "min":
			schema.Min = new(float64(n))
		case name == "max":
			schema.Max = new(float64(n))
		}
	}
}

// requiredFields are the JSON names of t's fields that required picks, in field order.
func requiredFields(t reflect.Type, required func(reflect.StructField) bool) []string {
	var out []string
	for _, f := range reflect.VisibleFields(t) {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" && f.IsExported() && required(f) {
			out = append(out, name)
		}
	}
	return out
}

// requestRequired: a request field is required when its validator tags say so.
func requestRequired(f reflect.StructField) bool {
	return slices.Contains(strings.Split(f.Tag.Get("validate"), ","), "required")
}

// responseRequired: encoding/json writes every field of a response unless it is omitempty.
func responseRequired(f reflect.StructField) bool {
	return !strings.Contains(f.Tag.Get("json"), ",omitempty")
}
