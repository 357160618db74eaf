"""`manage.py migrate`, which first creates the database when it does not exist yet, or stops
with one line that says how to create it (instead of a driver's stack trace)."""

from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.core.management.commands.migrate import Command as MigrateCommand
from django.db import connections

from app.lib.local_database import (
    DatabaseSetupError,
    development_url,
    ensure_database,
    with_database,
)


class Command(MigrateCommand):
    def execute(self, *args: Any, **options: Any) -> str | None:
        # Before Django's system checks (on MySQL they connect too). The database about to be
        # migrated: DATABASE_URL's (else the local one), or in a test run the tests' own, which
        # the test runner has just created.
        name = str(connections[options.get("database", "default")].settings_dict["NAME"])
        try:
            ensure_database(with_database(development_url(settings.DATABASE_URL or None), name))
        except DatabaseSetupError as exc:
            raise CommandError(str(exc)) from None
        return super().execute(*args, **options)
