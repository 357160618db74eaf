package db

import (
	"context"
	"errors"
)

// StartLocal would return the database to use without DATABASE_URL: MySQL has no embedded
// form, so the URL is needed.
func StartLocal(context.Context) (string, func() error, error) {
	return "", nil, errors.New("DATABASE_URL is not set: point it at a MySQL database " +
		"(cp .env.example .env uses the one `docker compose up -d db` starts)")
}
