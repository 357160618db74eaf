"""`manage.py runserver` on PORT (default 3000) instead of Django's 8000, like production."""

import os
from typing import Any

from django.core.management.commands.runserver import Command as RunserverCommand


class Command(RunserverCommand):
    def handle(self, *args: Any, **options: Any) -> None:
        self.default_port = os.environ.get("PORT", "3000")
        super().handle(*args, **options)
