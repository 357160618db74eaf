package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/go-sql-driver/mysql" // registers the "mysql" database/sql driver
	"github.com/pressly/goose/v3"
)

// Engine is the database this project was generated for.
const Engine = "mysql"

const (
	gooseDialect = goose.DialectMySQL
	maxOpenConns = 20
)

// ForUpdate locks the rows a read-modify-write transaction selects.
const ForUpdate = " FOR UPDATE"

// prepare readies what the connection needs before it opens (nothing for a server database).
func prepare(Target) error { return nil }

// IsUniqueViolation reports whether err is the database refusing a duplicate key
// (ER_DUP_ENTRY).
func IsUniqueViolation(err error) bool {
	var myErr *mysql.MySQLError
	return errors.As(err, &myErr) && myErr.Number == 1062
}

// target converts mysql://user:pass@host:3306/db?params to the driver's DSN.
func target(u *url.URL, _ string) (Target, error) {
	cfg := mysql.NewConfig()
	cfg.User = u.User.Username()
	cfg.Passwd, _ = u.User.Password()
	cfg.Net = "tcp"
	cfg.Addr = u.Host
	if u.Port() == "" {
		cfg.Addr = u.Hostname() + ":3306"
	}
	cfg.DBName = strings.TrimPrefix(u.Path, "/")
	if cfg.DBName == "" {
		return Target{}, errors.New("DATABASE_URL names no database")
	}
	// DATETIME columns hold UTC; scan them into time.Time.
	cfg.ParseTime = true
	cfg.Loc = time.UTC
	for key, values := range u.Query() {
		if cfg.Params == nil {
			cfg.Params = map[string]string{}
		}
		cfg.Params[key] = values[len(values)-1]
	}
	return Target{Engine: Engine, Driver: "mysql", DSN: cfg.FormatDSN()}, nil
}

// isMissingDatabase reports whether the server answered that the database does not exist
// (ER_BAD_DB_ERROR).
func isMissingDatabase(err error) bool {
	var myErr *mysql.MySQLError
	return errors.As(err, &myErr) && myErr.Number == 1049
}

// createDatabase creates the database t names, connected to the server without one.
func createDatabase(ctx context.Context, t Target) error {
	cfg, err := mysql.ParseDSN(t.DSN)
	if err != nil {
		return err
	}
	name := cfg.DBName
	cfg.DBName = ""
	conn, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		return err
	}
	defer func() { _ = conn.Close() }()
	quoted := "`" + strings.ReplaceAll(name, "`", "``") + "`"
	_, err = conn.ExecContext(ctx, "CREATE DATABASE IF NOT EXISTS "+quoted+" CHARACTER SET utf8mb4")
	return err
}

// createHint is the command that creates the database t names by hand.
func createHint(t Target) string {
	cfg, err := mysql.ParseDSN(t.DSN)
	if err != nil {
		return "CREATE DATABASE <name>"
	}
	host, port, _ := strings.Cut(cfg.Addr, ":")
	return fmt.Sprintf("mysql -h %s -P %s -u %s -p -e 'CREATE DATABASE `%s`'", host, port, cfg.User, cfg.DBName)
}

// databaseName is the database t names.
func databaseName(t Target) string {
	cfg, err := mysql.ParseDSN(t.DSN)
	if err != nil {
		return ""
	}
	return cfg.DBName
}
