"""A Django database backend: PostgreSQL on the embedded server of app/lib/local_database.py."""
