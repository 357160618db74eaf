"""Tasks: the blueprint (routes), request/response schemas and the repository (SQL)."""
