package server

import (
	"context"
	"net/http"
	"time"

	"github.com/jmoiron/sqlx"
)

// Health answers the liveness and readiness probes.
type Health struct {
	DB *sqlx.DB
}

type status struct {
	Status   string `json:"status"`
	Database string `json:"database,omitempty"`
}

// Live is GET /health: the process serves requests (no database call).
func (h *Health) Live() (int, any) { return http.StatusOK, status{Status: "ok"} }

// Ready is GET /health/ready: 200 when the database answers within 2 seconds, else 503.
func (h *Health) Ready(ctx context.Context) (int, any) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	if err := h.DB.PingContext(ctx); err != nil {
		return http.StatusServiceUnavailable, status{Status: "unavailable", Database: "unavailable"}
	}
	return http.StatusOK, status{Status: "ok", Database: "ok"}
}
