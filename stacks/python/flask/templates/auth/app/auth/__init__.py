"""Authentication: registration, login, the current user, password hashing, rate limiting."""
