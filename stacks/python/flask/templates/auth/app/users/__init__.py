"""Users: the admin-only list, and the SQL that reads and writes users."""
