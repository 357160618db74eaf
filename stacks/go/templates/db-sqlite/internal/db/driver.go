package db

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/pressly/goose/v3"
	"modernc.org/sqlite" // pure Go (no cgo): registers the "sqlite" database/sql driver
	sqlite3 "modernc.org/sqlite/lib"
)

// Engine is the database this project was generated for.
const Engine = "sqlite"

const gooseDialect = goose.DialectSQLite3

// SQLite lets one connection write at a time. One open connection makes the pool queue
// writers in Go instead of failing with SQLITE_BUSY; reads are fast enough to share it.
const maxOpenConns = 1

// ForUpdate is empty: SQLite locks the whole database for a writing transaction.
const ForUpdate = ""

// prepare creates the folder of the database file (data/ for sqlite:///data/app.db).
func prepare(t Target) error {
	path, _, _ := strings.Cut(t.DSN, "?")
	if dir := filepath.Dir(path); dir != "." {
		return os.MkdirAll(dir, 0o750)
	}
	return nil
}

// IsUniqueViolation reports whether err is the database refusing a duplicate key.
func IsUniqueViolation(err error) bool {
	var liteErr *sqlite.Error
	return errors.As(err, &liteErr) && (liteErr.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || liteErr.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY)
}

// target converts sqlite:///data/app.db (the relative path data/app.db) or
// sqlite:////app/data/app.db (the absolute path /app/data/app.db) to the driver's DSN.
func target(_ *url.URL, raw string) (Target, error) {
	path, _ := strings.CutPrefix(raw, "sqlite:///")
	path, _, _ = strings.Cut(path, "?")
	if path == "" || !strings.HasPrefix(raw, "sqlite:///") {
		return Target{}, errors.New("DATABASE_URL must look like sqlite:///relative/path.db or sqlite:////absolute/path.db")
	}
	// WAL lets readers work while one connection writes; busy_timeout makes a writer wait for
	// the lock instead of failing; foreign keys are off in SQLite unless asked for.
	dsn := path + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_time_format=sqlite"
	return Target{Engine: Engine, Driver: "sqlite", DSN: dsn}, nil
}
