package testutil

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"
)

// Password is the password of every user the tests register.
const Password = "correct horse battery"

// Actor is a registered, logged-in user: As adds its credentials to a request.
type Actor struct {
	ID    string
	Email string
	token string
}

// NewActor registers a user with a unique email and logs in.
func (a *App) NewActor(t *testing.T, label string) Actor {
	t.Helper()
	return a.ActorWithEmail(t, UniqueEmail(label))
}

// ActorWithEmail registers email and logs in.
func (a *App) ActorWithEmail(t *testing.T, email string) Actor {
	t.Helper()
	res := a.Do(t, Request{Method: http.MethodPost, Path: "/api/v1/auth/register", Body: map[string]string{"email": email, "password": Password, "name": "Test User"}})
	require.Equal(t, http.StatusCreated, res.Status, res.Text)
	login := a.Do(t, Request{Method: http.MethodPost, Path: "/api/v1/auth/login", Body: map[string]string{"email": email, "password": Password}})
	require.Equal(t, http.StatusOK, login.Status, login.Text)
	user := res.JSON["user"].(map[string]any)
	return Actor{ID: user["id"].(string), Email: email, token: login.JSON["accessToken"].(string)}
}

// As sends req with the actor's credentials.
func (a *App) As(t *testing.T, actor Actor, req Request) Response {
	t.Helper()
	if req.Header == nil {
		req.Header = map[string]string{}
	}
	req.Header["Authorization"] = "Bearer " + actor.token
	return a.Do(t, req)
}
