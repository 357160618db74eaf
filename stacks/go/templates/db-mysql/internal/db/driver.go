package db

import (
	"errors"
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
