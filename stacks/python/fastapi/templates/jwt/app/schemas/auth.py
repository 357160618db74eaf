"""The login response with a bearer token."""

from typing import Literal

from app.schemas.common import OutputModel
from app.schemas.users import UserOut


class TokenOut(OutputModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - a scheme name, not a secret
    #: Seconds until the token expires.
    expires_in: int
    user: UserOut
