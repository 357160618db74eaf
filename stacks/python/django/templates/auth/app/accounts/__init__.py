"""Accounts: users, password hashing, login rate limiting and the auth endpoints."""
