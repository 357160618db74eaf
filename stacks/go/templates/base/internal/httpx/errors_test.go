package httpx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWriteErrorSendsAnAPIErrorAsItIs(t *testing.T) {
	w := httptest.NewRecorder()
	WriteError(w, httptest.NewRequest(http.MethodPost, "/", nil), fmt.Errorf("logging in: %w", RateLimited(42)))
	assert.Equal(t, http.StatusTooManyRequests, w.Code)
	assert.Equal(t, "42", w.Header().Get("Retry-After"))
	assert.Equal(t, "application/json; charset=utf-8", w.Header().Get("Content-Type"))
	assert.JSONEq(t, `{"error":{"code":"rate_limited","message":"Too many failed attempts, try again later"}}`, w.Body.String())
}

func TestWriteErrorHidesAnUnexpectedError(t *testing.T) {
	var buf bytes.Buffer
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r = r.WithContext(context.WithValue(r.Context(), requestKey{}, &request{base: slog.New(slog.NewJSONHandler(&buf, nil)), id: "req-1"}))
	w := httptest.NewRecorder()
	WriteError(w, r, errors.New(`pq: relation "tasks" does not exist`))

	assert.Equal(t, http.StatusInternalServerError, w.Code)
	assert.JSONEq(t, `{"error":{"code":"internal","message":"Internal server error"}}`, w.Body.String())
	assert.Empty(t, w.Header().Get("Retry-After"))
	lines := logLines(t, &buf)
	require.Len(t, lines, 1)
	assert.Equal(t, `pq: relation "tasks" does not exist`, lines[0]["error"], "the log, not the client, gets the cause")
	assert.Equal(t, "req-1", lines[0]["requestId"])
}

func TestErrorsCarryTheirStatusAndCode(t *testing.T) {
	tests := []struct {
		err    *Error
		status int
		code   string
	}{
		{BadRequest("Malformed JSON"), 400, "bad_request"},
		{Unauthorized("Sign in"), 401, "unauthorized"},
		{Forbidden("No"), 403, "forbidden"},
		{NotFound("Gone"), 404, "not_found"},
		{MethodNotAllowed(), 405, "method_not_allowed"},
		{Conflict("Taken"), 409, "conflict"},
		{PayloadTooLarge(), 413, "payload_too_large"},
		{UnsupportedMediaType(), 415, "unsupported_media_type"},
		{Validation([]Detail{{Field: "title", Message: "is required"}}), 422, "validation_failed"},
		{RateLimited(1), 429, "rate_limited"},
		{Internal(), 500, "internal"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.status, tt.err.Status, tt.code)
		assert.Equal(t, tt.code, tt.err.Code)
		assert.Equal(t, tt.code+": "+tt.err.Message, tt.err.Error())
	}
	assert.Equal(t, []Detail{{Field: "title", Message: "is required"}}, Validation([]Detail{{Field: "title", Message: "is required"}}).Body().Error.Details)
}
