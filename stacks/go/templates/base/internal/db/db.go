// Package db opens the database, runs the embedded migrations and holds what every
// repository shares (driver-specific error checks, column types).
package db

import (
	"context"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// Open connects to DATABASE_URL and checks the connection. Queries are written with ?
// placeholders and rebound by sqlx for the driver ($1 on PostgreSQL).
func Open(ctx context.Context, databaseURL string) (*sqlx.DB, error) {
	target, err := ParseURL(databaseURL)
	if err != nil {
		return nil, err
	}
	if err := prepare(target); err != nil {
		return nil, err
	}
	conn, err := sqlx.Open(target.Driver, target.DSN)
	if err != nil {
		return nil, err
	}
	conn.SetMaxOpenConns(maxOpenConns)
	conn.SetMaxIdleConns(maxOpenConns)
	conn.SetConnMaxIdleTime(5 * time.Minute)
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := conn.PingContext(pingCtx); err != nil {
		_ = conn.Close()
		return nil, fmt.Errorf("cannot reach the database: %w", err)
	}
	return conn, nil
}
