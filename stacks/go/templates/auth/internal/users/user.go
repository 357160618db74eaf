// Package users stores accounts and serves the admin-only user list.
package users

import (
	"time"

	"github.com/google/uuid"
)

// Roles a user can have.
const (
	RoleUser  = "user"
	RoleAdmin = "admin"
)

// User is an account as stored. The password hash stays here: JSON never carries it.
type User struct {
	ID           uuid.UUID `db:"id"`
	Email        string    `db:"email"`
	Name         string    `db:"name"`
	PasswordHash string    `db:"password_hash"`
	Role         string    `db:"role"`
	CreatedAt    time.Time `db:"created_at"`
}

// JSON is a user as clients see it: {id, email, name, role, createdAt}. The validate tags
// document the email format and the roles in /openapi.json.
type JSON struct {
	ID        uuid.UUID `json:"id"`
	Email     string    `json:"email" validate:"email"`
	Name      string    `json:"name"`
	Role      string    `json:"role" validate:"oneof=user admin"`
	CreatedAt time.Time `json:"createdAt"`
}

// Public is what a client may see of the user.
func (u User) Public() JSON {
	return JSON{ID: u.ID, Email: u.Email, Name: u.Name, Role: u.Role, CreatedAt: u.CreatedAt.UTC()}
}
