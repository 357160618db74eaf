package httpx

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func decode(t *testing.T, contentType, body string) (*Object, error) {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(body))
	if contentType != "" {
		r.Header.Set("Content-Type", contentType)
	}
	return DecodeObject(httptest.NewRecorder(), r)
}

func statusOf(t *testing.T, err error) int {
	t.Helper()
	e, ok := err.(*Error)
	require.True(t, ok, "want *Error, got %v", err)
	return e.Status
}

func TestDecodeObjectRefuses(t *testing.T) {
	tests := []struct {
		name        string
		contentType string
		body        string
		status      int
	}{
		{"no content type", "", `{"a":1}`, 415},
		{"form", "application/x-www-form-urlencoded", "a=1", 415},
		{"text", "text/plain", `{"a":1}`, 415},
		{"malformed", "application/json", `{"a": `, 400},
		{"trailing comma", "application/json", `{"a": 1,}`, 400},
		{"empty", "application/json", ``, 400},
		{"invalid UTF-8", "application/json", "{\"a\": \"\xff\"}", 400},
		{"too deep", "application/json", `{"a":` + strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1) + `}`, 400},
		{"array", "application/json", `[]`, 422},
		{"string", "application/json", `"x"`, 422},
		{"null", "application/json", `null`, 422},
		{"too large", "application/json", `{"a":"` + strings.Repeat("x", MaxBodyBytes) + `"}`, 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode(t, tt.contentType, tt.body)
			assert.Equal(t, tt.status, statusOf(t, err))
		})
	}
}

func TestDecodeObjectAccepts(t *testing.T) {
	for _, ct := range []string{"application/json", "application/json; charset=utf-8", "Application/JSON"} {
		obj, err := decode(t, ct, `{"title": "x", "nested": {"deep": [[1]]}}`)
		require.NoError(t, err, ct)
		assert.True(t, obj.Has("title"))
	}
}

func TestTextRefusesNULAndUnpairedSurrogates(t *testing.T) {
	tests := []struct {
		raw string
		ok  bool
	}{
		{`"plain"`, true},
		{`"emoji \ud83d\ude00 pair"`, true},
		{`"escaped \\ud800 is text"`, true},
		{`"quote \" and \n"`, true},
		{`"nul \u0000 inside"`, false},
		{`"lone high \ud800"`, false},
		{`"lone high then text \ud83dx"`, false},
		{`"lone low \udc00"`, false},
		{`"two highs \ud800\ud800"`, false},
		{`"reversed \ude00\ud83d"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.raw, func(t *testing.T) {
			obj, err := decode(t, "application/json", `{"title": `+tt.raw+`}`)
			require.NoError(t, err)
			obj.Text("title")
			assert.Equal(t, tt.ok, obj.Err() == nil, "details: %v", obj.details)
		})
	}
}

func TestTextAndCheckCollectOneDetailPerField(t *testing.T) {
	obj, err := decode(t, "application/json", `{"title": 5, "status": "nope", "name": null}`)
	require.NoError(t, err)
	title := obj.Text("title")
	obj.Check("title", title.Value, "required")
	obj.Check("status", obj.Text("status").Value, "oneof=todo done")
	name := obj.Text("name")
	assert.True(t, name.Present && name.Null)
	missing := obj.Text("missing")
	assert.False(t, missing.Present)

	err = obj.Err()
	require.Error(t, err)
	e := err.(*Error)
	assert.Equal(t, 422, e.Status)
	assert.Equal(t, []Detail{
		{Field: "title", Message: "must be a string"},
		{Field: "status", Message: "must be one of: todo, done"},
	}, e.Details)
}
