"""The health checks' bodies."""

from typing import Literal

from pydantic import BaseModel


class HealthOut(BaseModel):
    status: Literal["ok"]


class ReadinessOut(BaseModel):
    status: Literal["ok"]
    database: Literal["ok"]


class NotReadyOut(BaseModel):
    status: Literal["unavailable"]
    database: Literal["unavailable"]
