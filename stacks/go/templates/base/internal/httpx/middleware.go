package httpx

import (
	"context"
	"log/slog"
	"net/http"
	"regexp"
	"runtime/debug"
	"time"

	"github.com/google/uuid"
)

// Middleware wraps an http.Handler. These are plain net/http middleware so they wrap any
// router (Gin's and Echo's engines are http.Handlers) and run before routing, which is
// also what lets 404s and 405s carry request ids and security headers.
type Middleware func(http.Handler) http.Handler

// Chain applies middleware so the first one listed runs first.
func Chain(h http.Handler, mws ...Middleware) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

type requestKey struct{}

// request is what RequestID keeps in the context: the logger and the request's id.
type request struct {
	base *slog.Logger
	id   string
}

// Logger is the request's logger (with its request id), or the default logger. It is built
// when asked for (handlers log rarely: an unexpected error, a panic) rather than once per
// request with slog's With, which preformats its attributes for every later record.
func Logger(ctx context.Context) *slog.Logger {
	if req, ok := ctx.Value(requestKey{}).(*request); ok {
		return req.base.With(slog.String("requestId", req.id))
	}
	return slog.Default()
}

var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._:-]{1,128}$`)

// RequestID keeps a sane incoming X-Request-Id or makes one, echoes it in the response
// and keeps it in the request context for Logger and AccessLog.
func RequestID(base *slog.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			id := r.Header.Get("X-Request-Id")
			if !validRequestID.MatchString(id) {
				id = uuid.NewString()
			}
			w.Header().Set("X-Request-Id", id)
			ctx := context.WithValue(r.Context(), requestKey{}, &request{base: base, id: id})
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// statusRecorder remembers the status a handler wrote, for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the real writer (flush, deadlines).
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// AccessLog writes one JSON log line per request. LogAttrs with typed attributes is slog's
// allocation-free path, the one its documentation recommends where logging is frequent.
func AccessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		logger, id := slog.Default(), ""
		if req, ok := r.Context().Value(requestKey{}).(*request); ok {
			logger, id = req.base, req.id
		}
		logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("requestId", id),
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Float64("durationMs", float64(time.Since(start).Microseconds())/1000),
		)
	})
}

// Recover turns a panic into a logged 500 with the uniform body; the stack trace goes to the
// log, never to the client.
func Recover(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				Logger(r.Context()).Error("panic", slog.Any("panic", v), slog.String("stack", string(debug.Stack())))
				WriteJSON(w, http.StatusInternalServerError, Internal().Body())
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// SecurityHeaders sets the headers every response carries. The strict CSP fits a JSON API;
// /docs sets its own. HSTS only in production, where TLS terminates in front of the app.
func SecurityHeaders(production bool) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			h := w.Header()
			h.Set("X-Content-Type-Options", "nosniff")
			h.Set("X-Frame-Options", "DENY")
			h.Set("Referrer-Policy", "no-referrer")
			h.Set("Cross-Origin-Opener-Policy", "same-origin")
			h.Set("Cross-Origin-Resource-Policy", "same-origin")
			h.Set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
			if production {
				h.Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
			}
			next.ServeHTTP(w, r)
		})
	}
}
