package db

import (
	"errors"
	"net/url"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"
)

// Engine is the database this project was generated for.
const Engine = "postgres"

const (
	gooseDialect = goose.DialectPostgres
	maxOpenConns = 20
)

// ForUpdate locks the rows a read-modify-write transaction selects.
const ForUpdate = " FOR UPDATE"

// prepare readies what the connection needs before it opens (nothing for a server database).
func prepare(Target) error { return nil }

// IsUniqueViolation reports whether err is the database refusing a duplicate key.
func IsUniqueViolation(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23505"
}

// target: pgx understands the URL form as it is.
func target(_ *url.URL, raw string) (Target, error) {
	return Target{Engine: Engine, Driver: "pgx", DSN: raw}, nil
}
