"""The project's tests: unit/ needs no database, integration/ uses DATABASE_URL."""
