package httpx

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// logLines decodes the JSON lines a slog.JSONHandler wrote.
func logLines(t *testing.T, buf *bytes.Buffer) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		var entry map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &entry), line)
		lines = append(lines, entry)
	}
	return lines
}

func serve(h http.Handler, r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestChainRunsTheFirstMiddlewareFirst(t *testing.T) {
	var order []string
	mark := func(name string) Middleware {
		return func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				order = append(order, name)
				next.ServeHTTP(w, r)
			})
		}
	}
	h := Chain(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { order = append(order, "handler") }), mark("outer"), mark("inner"))
	serve(h, httptest.NewRequest(http.MethodGet, "/", nil))
	assert.Equal(t, []string{"outer", "inner", "handler"}, order)
}

func TestRequestIDKeepsASaneIDAndReplacesOthers(t *testing.T) {
	var buf bytes.Buffer
	h := RequestID(slog.New(slog.NewJSONHandler(&buf, nil)))(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		Logger(r.Context()).Info("inside")
	}))

	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.Header.Set("X-Request-Id", "edge-42.a:b")
	assert.Equal(t, "edge-42.a:b", serve(h, r).Header().Get("X-Request-Id"))

	for _, bad := range []string{"", "has spaces", strings.Repeat("x", 129), "<script>"} {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.Header.Set("X-Request-Id", bad)
		id := serve(h, r).Header().Get("X-Request-Id")
		_, err := uuid.Parse(id)
		assert.NoError(t, err, "%q is replaced by a fresh id, got %q", bad, id)
	}

	lines := logLines(t, &buf)
	require.Len(t, lines, 5)
	assert.Equal(t, "edge-42.a:b", lines[0]["requestId"], "the request's logger carries its id")
}

func TestLoggerOutsideARequestIsTheDefault(t *testing.T) {
	assert.Same(t, slog.Default(), Logger(httptest.NewRequest(http.MethodGet, "/", nil).Context()))
}

func TestAccessLogRecordsTheStatusWritten(t *testing.T) {
	var buf bytes.Buffer
	base := slog.New(slog.NewJSONHandler(&buf, nil))
	created := Chain(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusCreated)
		w.WriteHeader(http.StatusTeapot) // ignored by net/http; the log keeps the first
	}), RequestID(base), AccessLog)
	implicit := Chain(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("hello"))
	}), RequestID(base), AccessLog)

	serve(created, httptest.NewRequest(http.MethodPost, "/api/v1/tasks", nil))
	assert.Equal(t, "hello", serve(implicit, httptest.NewRequest(http.MethodGet, "/health", nil)).Body.String())

	lines := logLines(t, &buf)
	require.Len(t, lines, 2)
	assert.Equal(t, "request", lines[0]["msg"])
	assert.Equal(t, "POST", lines[0]["method"])
	assert.Equal(t, "/api/v1/tasks", lines[0]["path"])
	assert.EqualValues(t, http.StatusCreated, lines[0]["status"])
	assert.Contains(t, lines[0], "durationMs")
	assert.Contains(t, lines[0], "requestId")
	assert.EqualValues(t, http.StatusOK, lines[1]["status"], "a body without WriteHeader is a 200")
}

func TestAccessLogKeepsTheWriterReachable(t *testing.T) {
	h := AccessLog(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("partial"))
		require.NoError(t, http.NewResponseController(w).Flush(), "Flush reaches the real writer through Unwrap")
	}))
	w := serve(h, httptest.NewRequest(http.MethodGet, "/", nil))
	assert.True(t, w.Flushed)
}

func TestRecoverAnswersAPanicWithTheUniform500(t *testing.T) {
	var buf bytes.Buffer
	h := Chain(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("secret internals")
	}), RequestID(slog.New(slog.NewJSONHandler(&buf, nil))), Recover)

	w := serve(h, httptest.NewRequest(http.MethodGet, "/", nil))
	assert.Equal(t, http.StatusInternalServerError, w.Code)
	assert.JSONEq(t, `{"error":{"code":"internal","message":"Internal server error"}}`, w.Body.String())
	assert.NotContains(t, w.Body.String(), "secret")
	assert.NotContains(t, w.Body.String(), "goroutine")

	lines := logLines(t, &buf)
	require.Len(t, lines, 1)
	assert.Equal(t, "secret internals", lines[0]["panic"], "the log keeps what happened")
	assert.Contains(t, lines[0]["stack"], "goroutine")
}

func TestRecoverLetsAnAbortedResponseAbort(t *testing.T) {
	h := Recover(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic(http.ErrAbortHandler) }))
	assert.PanicsWithValue(t, http.ErrAbortHandler, func() { serve(h, httptest.NewRequest(http.MethodGet, "/", nil)) })
}

func TestSecurityHeaders(t *testing.T) {
	ok := http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})
	dev := serve(SecurityHeaders(false)(ok), httptest.NewRequest(http.MethodGet, "/", nil)).Header()
	assert.Equal(t, "nosniff", dev.Get("X-Content-Type-Options"))
	assert.Equal(t, "DENY", dev.Get("X-Frame-Options"))
	assert.Equal(t, "default-src 'none'; frame-ancestors 'none'", dev.Get("Content-Security-Policy"))
	assert.Empty(t, dev.Get("Strict-Transport-Security"), "no HSTS without TLS in front")

	prod := serve(SecurityHeaders(true)(ok), httptest.NewRequest(http.MethodGet, "/", nil)).Header()
	assert.Equal(t, "max-age=31536000; includeSubDomains", prod.Get("Strict-Transport-Security"))
}
