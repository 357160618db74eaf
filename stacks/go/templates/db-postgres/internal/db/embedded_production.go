//go:build production

package db

import (
	"context"
	"errors"
)

// The production build has no embedded PostgreSQL (embedded.go explains it): DATABASE_URL
// must name a server, which the configuration already requires in production.

// LocalDatabase is the database name the app would use on the embedded server.
const LocalDatabase = ""

var errNoEmbedded = errors.New("DATABASE_URL is not set, and this binary is built without the embedded PostgreSQL " +
	"(-tags production): set DATABASE_URL, or run the app with go run ./cmd/api")

// Embedded is absent from the production build.
type Embedded struct{}

// NewEmbedded fails: set DATABASE_URL.
func NewEmbedded(string) (*Embedded, error) { return nil, errNoEmbedded }

// Start fails: set DATABASE_URL.
func (*Embedded) Start(context.Context, string) (string, bool, error) {
	return "", false, errNoEmbedded
}

// Stop has nothing to stop.
func (*Embedded) Stop() error { return nil }

// Remove has nothing to remove.
func (*Embedded) Remove() error { return nil }
