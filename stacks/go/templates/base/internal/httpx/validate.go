package httpx

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"
)

// One validator for the process: it caches what it learns about types.
var validate = validator.New(validator.WithRequiredStructEnabled())

// RulesOf maps the JSON names of T's fields to their validator tags: a request struct states
// its rules once, for the parser that checks them field by field (Object.Check) and for the
// OpenAPI document.
func RulesOf[T any]() map[string]string {
	rules := map[string]string{}
	for _, f := range reflect.VisibleFields(reflect.TypeFor[T]()) {
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name != "" {
			rules[name] = f.Tag.Get("validate")
		}
	}
	return rules
}

// checkVar runs validator tags against one value and returns a message for the client, or ""
// when the value is valid.
func checkVar(value any, tags string) string {
	err := validate.Var(value, tags)
	if err == nil {
		return ""
	}
	var errs validator.ValidationErrors
	if !errors.As(err, &errs) || len(errs) == 0 {
		return "is invalid"
	}
	return message(errs[0])
}

func message(fe validator.FieldError) string {
	switch fe.Tag() {
	case "required":
		return "is required"
	case "min":
		return fmt.Sprintf("must be at least %s characters", fe.Param())
	case "max":
		return fmt.Sprintf("must be at most %s characters", fe.Param())
	case "email":
		return "must be an email address"
	case "oneof":
		return "must be one of: " + strings.Join(strings.Fields(fe.Param()), ", ")
	case "datetime":
		return "must be a date as YYYY-MM-DD"
	default:
		return "is invalid"
	}
}
