package db

import "context"

// StartLocal returns the database the app uses when DATABASE_URL is not set outside
// production: the project's embedded PostgreSQL (embedded.go), started unless another
// command of this project already runs it, and the function that stops what it started.
func StartLocal(ctx context.Context) (url string, stop func() error, err error) {
	e, err := NewEmbedded("dev")
	if err != nil {
		return "", nil, err
	}
	url, started, err := e.Start(ctx, LocalDatabase)
	if err != nil {
		return "", nil, err
	}
	if !started {
		return url, func() error { return nil }, nil
	}
	return url, e.Stop, nil
}
