"""Liveness and readiness probes for load balancers, Docker and orchestrators."""

from __future__ import annotations

import logging

from flask import Blueprint
from flask.typing import ResponseReturnValue

from app.database import get_database

logger = logging.getLogger(__name__)
bp = Blueprint("health", __name__)


@bp.get("/health")
def health() -> ResponseReturnValue:
    """The process is up. Never touches the database, so a database outage never restarts it."""
    return {"status": "ok"}


@bp.get("/health/ready")
def ready() -> ResponseReturnValue:
    """Ready for traffic: the database answers a trivial query."""
    try:
        get_database().ping()
    except Exception as exc:
        logger.warning("readiness check failed", extra={"fields": {"error": type(exc).__name__}})
        return {"status": "unavailable", "database": "unreachable"}, 503
    return {"status": "ok", "database": "ok"}
