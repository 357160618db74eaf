"""`manage.py runserver` on PORT (default 3000) instead of Django's 8000, like production."""

import os
from typing import Any

from django.conf import settings
from django.core.management.base import CommandError
from django.core.management.commands.runserver import Command as RunserverCommand

from app.lib.local_database import DatabaseSetupError, development_url


class Command(RunserverCommand):
    def handle(self, *args: Any, **options: Any) -> None:
        self.default_port = os.environ.get("PORT", "3000")
        try:
            # Without DATABASE_URL the embedded database starts here, in the process that
            # outlives the autoreloader's restarts, so it keeps running across them.
            development_url(settings.DATABASE_URL or None)
        except DatabaseSetupError as exc:
            raise CommandError(str(exc)) from None
        super().handle(*args, **options)
