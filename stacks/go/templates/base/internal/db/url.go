package db

import (
	"fmt"
	"net/url"
)

// Target is what a DATABASE_URL names: the database/sql driver and the DSN it expects.
type Target struct {
	Engine string // postgres, mysql or sqlite
	Driver string // the database/sql driver name
	DSN    string
}

var engineOfScheme = map[string]string{"postgres": "postgres", "postgresql": "postgres", "mysql": "mysql", "sqlite": "sqlite"}

// ParseURL converts the standard URL forms (postgresql:// or postgres://, mysql://,
// sqlite:///relative.db or sqlite:////absolute.db) to this project's driver and its DSN
// (driver.go); a URL for another engine is an error.
func ParseURL(raw string) (Target, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return Target{}, fmt.Errorf("DATABASE_URL is not a URL: %w", err)
	}
	engine, ok := engineOfScheme[u.Scheme]
	if !ok {
		return Target{}, fmt.Errorf("DATABASE_URL scheme %q is not postgresql, mysql or sqlite", u.Scheme)
	}
	if engine != Engine {
		return Target{}, fmt.Errorf("DATABASE_URL is for %s, but this project is built for %s", engine, Engine)
	}
	return target(u, raw)
}
