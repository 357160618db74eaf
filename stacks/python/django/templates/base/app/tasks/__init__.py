"""Tasks: the resource of the API (model, validation, views, URLs, migrations)."""
