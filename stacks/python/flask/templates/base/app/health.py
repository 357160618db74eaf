"""Liveness and readiness probes for load balancers, Docker and orchestrators."""

from __future__ import annotations

import logging
from typing import Literal

from flask import Blueprint
from flask.typing import ResponseReturnValue
from pydantic import BaseModel

from app.database import get_database
from app.openapi import documented

logger = logging.getLogger(__name__)
bp = Blueprint("health", __name__)


class HealthOut(BaseModel):
    status: Literal["ok"]


class ReadinessOut(BaseModel):
    status: Literal["ok"]
    database: Literal["ok"]


class NotReadyOut(BaseModel):
    status: Literal["unavailable"]
    database: Literal["unreachable"]


@bp.get("/health")
@documented(tag="health", out=HealthOut)
def health() -> ResponseReturnValue:
    """The process is up. Never touches the database, so a database outage never restarts it."""
    return {"status": "ok"}


@bp.get("/health/ready")
@documented(tag="health", out=ReadinessOut, others={503: NotReadyOut})
def ready() -> ResponseReturnValue:
    """Ready for traffic: the database answers a trivial query."""
    try:
        get_database().ping()
    except Exception as exc:
        logger.warning("readiness check failed", extra={"fields": {"error": type(exc).__name__}})
        return {"status": "unavailable", "database": "unreachable"}, 503
    return {"status": "ok", "database": "ok"}
