package testutil

import "testing"

// Actor is a client. Without authentication every client is the same anonymous one.
type Actor struct{}

// NewActor returns the anonymous client.
func (a *App) NewActor(t *testing.T, _ string) Actor {
	t.Helper()
	return Actor{}
}

// As sends req (there are no credentials to add).
func (a *App) As(t *testing.T, _ Actor, req Request) Response {
	t.Helper()
	return a.Do(t, req)
}
