package httpx

import (
	"encoding/json"
	"slices"
	"strconv"
)

// Object is a decoded JSON object whose fields are read one by one. Unknown fields are never
// read, so they are ignored and never stored. Problems collect as Details.
type Object struct {
	fields  map[string]json.RawMessage
	invalid map[string]bool
	details []Detail
}

// Field is an optional field as read: absent, null, or a value.
type Field[T any] struct {
	Present bool
	Null    bool
	Value   T
}

// Has reports whether the field was sent (even as null).
func (o *Object) Has(name string) bool {
	_, ok := o.fields[name]
	return ok
}

// Text reads a string field. A value of another type, or one with NUL characters or unpaired
// surrogates (which no database stores reliably), is a detail for that field.
func (o *Object) Text(name string) Field[string] {
	raw, ok := o.fields[name]
	if !ok {
		return Field[string]{}
	}
	if string(raw) == "null" {
		return Field[string]{Present: true, Null: true}
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		o.Fail(name, "must be a string")
		return Field[string]{Present: true}
	}
	// encoding/json turns an unpaired surrogate escape into U+FFFD silently, so the raw
	// text is checked, not the decoded value.
	if hasForbiddenEscape(raw) {
		o.Fail(name, "must not contain NUL characters or unpaired surrogates")
		return Field[string]{Present: true}
	}
	return Field[string]{Present: true, Value: s}
}

// Fail records a problem with a field; later checks of the same field are skipped, so each
// field gets one detail.
func (o *Object) Fail(name, message string) {
	if o.invalid[name] {
		return
	}
	o.invalid[name] = true
	o.details = append(o.details, Detail{Field: name, Message: message})
}

// Check validates value with validator tags (e.g. "required,max=200") unless the field has
// already failed.
func (o *Object) Check(name string, value any, tags string) {
	if o.invalid[name] {
		return
	}
	if message := checkVar(value, tags); message != "" {
		o.Fail(name, message)
	}
}

// Err is a 422 listing every detail, or nil when the object is valid.
func (o *Object) Err() error {
	if len(o.details) == 0 {
		return nil
	}
	return Validation(slices.Clone(o.details))
}

// hasForbiddenEscape reports whether a raw JSON string holds \u0000 or a \uD800-\uDFFF escape
// that is not part of a high-low surrogate pair. (Raw NUL bytes are invalid JSON already, and
// the body was checked to be valid UTF-8, so escapes are the only way in.)
func hasForbiddenEscape(raw []byte) bool {
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		if i+1 < len(raw) && raw[i+1] != 'u' {
			i++ // a two-character escape such as \" or \\
			continue
		}
		code, ok := hex4(raw, i+2)
		if !ok {
			return true
		}
		switch {
		case code == 0:
			return true
		case code >= 0xD800 && code <= 0xDBFF:
			low, ok := hex4(raw, i+8)
			if !ok || i+7 >= len(raw) || raw[i+6] != '\\' || raw[i+7] != 'u' || low < 0xDC00 || low > 0xDFFF {
				return true
			}
			i += 11
		case code >= 0xDC00 && code <= 0xDFFF:
			return true
		default:
			i += 5
		}
	}
	return false
}

func hex4(raw []byte, at int) (int, bool) {
	if at+4 > len(raw) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(raw[at:at+4]), 16, 32)
	return int(n), err == nil
}
