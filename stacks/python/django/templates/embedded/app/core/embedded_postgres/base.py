"""
Django's own PostgreSQL backend on the embedded server (development and tests without
DATABASE_URL), except that the server starts with the first connection rather than when the
settings load: mypy's Django plugin, `manage.py check` and the unit tests load them too, and
need no database.
"""

from typing import Any

from django.db.backends.postgresql import base

from app.lib import local_database


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self) -> dict[str, Any]:
        # The server listens only on a Unix socket in its data folder: that folder is the host.
        self.settings_dict["HOST"] = local_database.embedded_socket_dir()
        return super().get_connection_params()
