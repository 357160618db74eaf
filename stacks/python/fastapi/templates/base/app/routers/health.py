"""Liveness (`/health`: is the process up?) and readiness (`/health/ready`: can it reach the
database?). Orchestrators restart on the first and route traffic on the second."""

import logging

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.dependencies import AppServices
from app.schemas.health import HealthOut, NotReadyOut, ReadinessOut

logger = logging.getLogger(__name__)

router = APIRouter(tags=["health"])


@router.get("/health")
async def health() -> HealthOut:
    return HealthOut(status="ok")


@router.get(
    "/health/ready",
    response_model=ReadinessOut,
    responses={503: {"model": NotReadyOut, "description": "The database is unreachable"}},
)
async def ready(services: AppServices) -> JSONResponse:
    try:
        # A read, like a GET's: no transaction around the SELECT where the database allows it.
        async with services.read_session_factory() as db:
            await db.execute(text("SELECT 1"))
    except SQLAlchemyError:
        logger.warning("readiness check: database unreachable", exc_info=True)
        return JSONResponse({"status": "unavailable", "database": "unavailable"}, 503)
    return JSONResponse({"status": "ok", "database": "ok"})
