import logging

from django.apps import AppConfig
from django.conf import settings

logger = logging.getLogger(__name__)


class CoreConfig(AppConfig):
    name = "app.core"
    label = "core"

    def ready(self) -> None:
        # Settings are read before logging is configured; their warnings are logged here.
        for warning in settings.STARTUP_WARNINGS:
            logger.warning(warning)
