package db

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"

	"github.com/pressly/goose/v3"
)

// The migrations are compiled into the binary, so `api migrate` needs no files on disk.
//
//go:embed migrations/*.sql
var migrations embed.FS

// Migrate applies every migration not yet applied, in order, and returns their count.
func Migrate(ctx context.Context, conn *sql.DB) (int, error) {
	files, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return 0, err
	}
	provider, err := goose.NewProvider(gooseDialect, conn, files)
	if err != nil {
		return 0, err
	}
	results, err := provider.Up(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrate: %w", err)
	}
	return len(results), nil
}
