package db

import (
	"context"
	"errors"
	"fmt"
	"net/url"

	"github.com/jackc/pgx/v5"
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

// isMissingDatabase reports whether the server answered that the database does not exist.
func isMissingDatabase(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "3D000" // invalid_catalog_name
}

// createDatabase creates the database t names, connected to the server's "postgres" database.
func createDatabase(ctx context.Context, t Target) error {
	cfg, err := pgx.ParseConfig(t.DSN)
	if err != nil {
		return err
	}
	name := cfg.Database
	cfg.Database = "postgres"
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() { _ = conn.Close(context.Background()) }()
	_, err = conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P04" { // duplicate_database: created meanwhile
		return nil
	}
	return err
}

// createHint is the command that creates the database t names by hand.
func createHint(t Target) string {
	cfg, err := pgx.ParseConfig(t.DSN)
	if err != nil {
		return "createdb <name>"
	}
	return fmt.Sprintf("createdb -h %s -p %d -U %s %s", cfg.Host, cfg.Port, cfg.User, cfg.Database)
}

// databaseName is the database t names.
func databaseName(t Target) string {
	cfg, err := pgx.ParseConfig(t.DSN)
	if err != nil {
		return ""
	}
	return cfg.Database
}
