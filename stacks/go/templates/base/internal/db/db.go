// Package db opens the database, runs the embedded migrations and holds what every
// repository shares (driver-specific error checks, column types).
package db

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// ErrMissing is returned by Open when the server answers that the database does not exist.
var ErrMissing = errors.New("the database does not exist")

// Open connects to DATABASE_URL and checks the connection. Queries are written with ?
// placeholders and rebound by sqlx for the driver ($1 on PostgreSQL).
func Open(ctx context.Context, databaseURL string) (*sqlx.DB, error) {
	target, err := ParseURL(databaseURL)
	if err != nil {
		return nil, err
	}
	return open(ctx, target)
}

// OpenOrCreate is Open, creating the database first when the server does not have it (the
// migrate command and the tests). When that is not allowed, the error says how to do it by hand.
func OpenOrCreate(ctx context.Context, databaseURL string) (*sqlx.DB, error) {
	target, err := ParseURL(databaseURL)
	if err != nil {
		return nil, err
	}
	conn, err := open(ctx, target)
	if !errors.Is(err, ErrMissing) {
		return conn, err
	}
	if err := createDatabase(ctx, target); err != nil {
		return nil, fmt.Errorf("database %q does not exist and creating it failed (%v): create it with: %s",
			databaseName(target), firstLine(err), createHint(target))
	}
	return open(ctx, target)
}

func open(ctx context.Context, target Target) (*sqlx.DB, error) {
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
		if isMissingDatabase(err) {
			return nil, fmt.Errorf("%w: %q (run the migrate command, which creates it)", ErrMissing, databaseName(target))
		}
		return nil, fmt.Errorf("cannot reach the database: %s", firstLine(err))
	}
	return conn, nil
}

// firstLine keeps error output to one line (driver errors can carry several).
func firstLine(err error) string {
	msg := err.Error()
	for i, r := range msg {
		if r == '\n' {
			return msg[:i]
		}
	}
	return msg
}
