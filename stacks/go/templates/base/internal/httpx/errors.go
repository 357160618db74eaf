// Package httpx holds the HTTP pieces every handler shares, whatever the router: the
// uniform error body, strict JSON request decoding, validation details and middleware.
package httpx

import (
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
)

// Detail names one invalid field of a request.
type Detail struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// Error is an error with its HTTP status and the API spec's error code. Handlers return
// these; anything else becomes a logged 500 with a generic body.
type Error struct {
	Status  int
	Code    string
	Message string
	Details []Detail
	// RetryAfter, in seconds, becomes a Retry-After header (429).
	RetryAfter int
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

// Body is the JSON the client receives.
func (e *Error) Body() ErrorBody {
	return ErrorBody{Error: errorPayload{Code: e.Code, Message: e.Message, Details: e.Details}}
}

// ErrorBody is {"error": {"code", "message", "details"?}}.
type ErrorBody struct {
	Error errorPayload `json:"error"`
}

// The validate tag lists every code, for the OpenAPI document (nothing validates a response).
type errorPayload struct {
	Code    string   `json:"code" validate:"oneof=bad_request unauthorized forbidden not_found method_not_allowed conflict payload_too_large unsupported_media_type validation_failed rate_limited internal"`
	Message string   `json:"message"`
	Details []Detail `json:"details,omitempty"`
}

func newError(status int, code, message string) *Error {
	return &Error{Status: status, Code: code, Message: message}
}

func BadRequest(message string) *Error {
	return newError(http.StatusBadRequest, "bad_request", message)
}
func Unauthorized(message string) *Error {
	return newError(http.StatusUnauthorized, "unauthorized", message)
}
func Forbidden(message string) *Error { return newError(http.StatusForbidden, "forbidden", message) }
func NotFound(message string) *Error  { return newError(http.StatusNotFound, "not_found", message) }
func Conflict(message string) *Error  { return newError(http.StatusConflict, "conflict", message) }
func MethodNotAllowed() *Error {
	return newError(http.StatusMethodNotAllowed, "method_not_allowed", "Method not allowed")
}
func PayloadTooLarge() *Error {
	return newError(http.StatusRequestEntityTooLarge, "payload_too_large", "The request body is larger than 1 MiB")
}
func UnsupportedMediaType() *Error {
	return newError(http.StatusUnsupportedMediaType, "unsupported_media_type", "Send the body as application/json")
}
func RateLimited(retryAfter int) *Error {
	e := newError(http.StatusTooManyRequests, "rate_limited", "Too many failed attempts, try again later")
	e.RetryAfter = retryAfter
	return e
}
func Internal() *Error {
	return newError(http.StatusInternalServerError, "internal", "Internal server error")
}

// Validation is a 422 with one detail per invalid field.
func Validation(details []Detail) *Error {
	e := newError(http.StatusUnprocessableEntity, "validation_failed", "The request is not valid")
	e.Details = details
	return e
}

// As turns any error into the *Error to send. Unexpected errors are logged with the
// request's logger and answered with a generic 500: no SQL, no stack trace, no message.
func As(r *http.Request, err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	Logger(r.Context()).Error("request failed", slog.String("error", err.Error()))
	return Internal()
}

// WriteError writes err as the uniform error body.
func WriteError(w http.ResponseWriter, r *http.Request, err error) {
	e := As(r, err)
	SetErrorHeaders(w, e)
	WriteJSON(w, e.Status, e.Body())
}

// SetErrorHeaders sets the headers an error carries (Retry-After).
func SetErrorHeaders(w http.ResponseWriter, e *Error) {
	if e.RetryAfter > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(e.RetryAfter))
	}
}

// WriteJSON writes v as JSON with the given status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
