"""Authentication: password hashing, the current user, roles, login rate limiting."""
