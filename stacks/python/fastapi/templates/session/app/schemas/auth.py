"""The login response of a cookie session."""

from app.schemas.common import OutputModel
from app.schemas.users import UserOut


class SessionOut(OutputModel):
    user: UserOut
    #: Send it back in X-CSRF-Token on every POST, PUT, PATCH and DELETE.
    csrf_token: str
