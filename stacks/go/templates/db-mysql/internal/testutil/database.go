package testutil

import (
	"context"
	"errors"
	"strings"

	"github.com/jmoiron/sqlx"
)

// setUp: the `_test` twin of DATABASE_URL on the same server (MySQL has no embedded form).
func setUp(ctx context.Context, configured string) (*testDatabase, error) {
	if configured == "" {
		return nil, errors.New("DATABASE_URL is not set: the integration tests run on the _test twin of that database " +
			"(cp .env.example .env; docker compose up -d db starts a MySQL)")
	}
	return onServer(ctx, configured)
}

// emptyTables deletes every row the tests made (the schema stays for the next run). TRUNCATE
// ignores foreign keys only with the checks off, on this one connection.
func emptyTables(ctx context.Context, conn *sqlx.DB) error {
	names, err := tableNames(ctx, conn, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
	if err != nil || len(names) == 0 {
		return err
	}
	c, err := conn.Connx(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = c.Close() }()
	if _, err := c.ExecContext(ctx, "SET FOREIGN_KEY_CHECKS = 0"); err != nil {
		return err
	}
	for _, name := range names {
		if _, err := c.ExecContext(ctx, "TRUNCATE TABLE `"+strings.ReplaceAll(name, "`", "``")+"`"); err != nil {
			return err
		}
	}
	_, err = c.ExecContext(ctx, "SET FOREIGN_KEY_CHECKS = 1")
	return err
}
