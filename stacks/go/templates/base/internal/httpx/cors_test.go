package httpx

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCORS(t *testing.T) {
	reached := false
	next := http.HandlerFunc(func(http.ResponseWriter, *http.Request) { reached = true })
	request := func(credentials bool, method, origin, preflight string) *httptest.ResponseRecorder {
		reached = false
		r := httptest.NewRequest(method, "/api/v1/tasks", nil)
		if origin != "" {
			r.Header.Set("Origin", origin)
		}
		if preflight != "" {
			r.Header.Set("Access-Control-Request-Method", preflight)
		}
		return serve(CORS([]string{"https://app.example.com"}, credentials)(next), r)
	}

	t.Run("an allowed origin", func(t *testing.T) {
		h := request(false, http.MethodGet, "https://app.example.com", "").Header()
		assert.True(t, reached)
		assert.Equal(t, "https://app.example.com", h.Get("Access-Control-Allow-Origin"))
		assert.Equal(t, "Origin", h.Get("Vary"))
		assert.Contains(t, h.Get("Access-Control-Expose-Headers"), "Location")
		assert.Empty(t, h.Get("Access-Control-Allow-Credentials"), "no credentials across origins for bearer tokens")
	})
	t.Run("with credentials", func(t *testing.T) {
		h := request(true, http.MethodGet, "https://app.example.com", "").Header()
		assert.Equal(t, "true", h.Get("Access-Control-Allow-Credentials"))
	})
	t.Run("another origin, or none", func(t *testing.T) {
		for _, origin := range []string{"https://evil.example.com", "https://app.example.com.evil.com", ""} {
			h := request(true, http.MethodGet, origin, "").Header()
			assert.True(t, reached, origin)
			assert.Empty(t, h.Get("Access-Control-Allow-Origin"), origin)
			assert.Empty(t, h.Get("Access-Control-Allow-Credentials"), origin)
		}
	})
	t.Run("a preflight from an allowed origin is answered here", func(t *testing.T) {
		w := request(false, http.MethodOptions, "https://app.example.com", http.MethodDelete)
		assert.False(t, reached)
		assert.Equal(t, http.StatusNoContent, w.Code)
		assert.Contains(t, w.Header().Get("Access-Control-Allow-Methods"), "DELETE")
		assert.Contains(t, w.Header().Get("Access-Control-Allow-Headers"), "Authorization")
		assert.Equal(t, "600", w.Header().Get("Access-Control-Max-Age"))
	})
	t.Run("a preflight from another origin gets no CORS headers", func(t *testing.T) {
		w := request(false, http.MethodOptions, "https://evil.example.com", http.MethodDelete)
		assert.True(t, reached, "the router answers it like any OPTIONS request")
		assert.Empty(t, w.Header().Get("Access-Control-Allow-Methods"))
	})
	t.Run("a plain OPTIONS request is not a preflight", func(t *testing.T) {
		request(false, http.MethodOptions, "https://app.example.com", "")
		assert.True(t, reached)
	})
}

func TestClientIP(t *testing.T) {
	request := func(remote string, forwarded ...string) *http.Request {
		r := httptest.NewRequest(http.MethodPost, "/api/v1/auth/login", nil)
		r.RemoteAddr = remote
		for _, f := range forwarded {
			r.Header.Add("X-Forwarded-For", f)
		}
		return r
	}
	tests := []struct {
		name  string
		r     *http.Request
		trust bool
		want  string
	}{
		{"the TCP peer", request("192.0.2.1:5555"), false, "192.0.2.1"},
		{"X-Forwarded-For is ignored without TRUST_PROXY", request("192.0.2.1:5555", "203.0.113.9"), false, "192.0.2.1"},
		{"the last entry the proxy added", request("10.0.0.2:5555", "198.51.100.7, 203.0.113.9"), true, "203.0.113.9"},
		{"the last header when there are several", request("10.0.0.2:5555", "198.51.100.7", "203.0.113.9"), true, "203.0.113.9"},
		{"IPv6", request("10.0.0.2:5555", " 2001:db8::1 "), true, "2001:db8::1"},
		{"a forged, unparsable entry falls back to the peer", request("10.0.0.2:5555", "not-an-ip"), true, "10.0.0.2"},
		{"TRUST_PROXY without the header", request("[2001:db8::2]:443"), true, "2001:db8::2"},
		{"a peer address without a port", request("192.0.2.1"), false, "192.0.2.1"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ClientIP(tt.r, tt.trust), tt.name)
	}
}
