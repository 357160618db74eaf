package httpx

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"unicode/utf8"
)

// MaxBodyBytes is the largest request body the API reads (1 MiB).
const MaxBodyBytes = 1 << 20

// MaxDepth is how deeply objects and arrays may nest in a request body. Real requests nest
// one or two levels; refusing deeper bodies early keeps a hostile body from costing much.
const MaxDepth = 32

// DecodeObject reads a JSON object body the way the API spec asks: only
// application/json (415 otherwise), at most 1 MiB (413, refused without reading it whole),
// well-formed UTF-8 JSON nested at most MaxDepth deep (400), and an object at the top (422).
// The fields are read afterwards, one at a time, so every bad field gets its own detail.
func DecodeObject(w http.ResponseWriter, r *http.Request) (*Object, error) {
	mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mediaType != "application/json" {
		return nil, UnsupportedMediaType()
	}
	if r.ContentLength > MaxBodyBytes {
		return nil, PayloadTooLarge()
	}
	// A body without Content-Length (chunked) is cut off after MaxBodyBytes.
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, PayloadTooLarge()
		}
		return nil, BadRequest("The request body could not be read")
	}
	if !utf8.Valid(data) {
		return nil, BadRequest("The request body is not valid UTF-8")
	}
	if tooDeep(data, MaxDepth) {
		return nil, BadRequest("The request body is nested too deeply")
	}
	if !json.Valid(data) {
		return nil, BadRequest("The request body is not valid JSON")
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil || fields == nil {
		notObject := Detail{Field: "body", Message: "must be a JSON object"}
		return nil, Validation([]Detail{notObject})
	}
	return &Object{fields: fields, invalid: map[string]bool{}}, nil
}

// tooDeep reports whether the JSON text nests objects or arrays more than max levels deep.
func tooDeep(data []byte, max int) bool {
	depth, inString, escaped := 0, false, false
	for _, c := range data {
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
			if depth > max {
				return true
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return false
}
