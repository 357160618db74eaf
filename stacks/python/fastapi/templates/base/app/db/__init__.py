"""Database access: engine and sessions, ORM models, column types, URL conversion."""
