"""HTTP tests through Flask's test client against the real database named by DATABASE_URL."""
