"""`python -m app`: serve the API with uvicorn on 0.0.0.0:$PORT.

PORT is read here, in Python, because the Docker image starts this without a shell. On SIGTERM
uvicorn stops accepting connections, lets in-flight requests finish (up to 10 s), runs the
app's shutdown and exits. `--reload` restarts on code changes, for development.
"""

import sys

import uvicorn
from pydantic import ValidationError

from app.config import ConfigError, Settings
from app.logging_setup import configure_logging
from app.main import create_app

# Inside a container the app must accept connections from outside its own network namespace.
HOST = "0.0.0.0"  # noqa: S104


def main(argv: list[str]) -> None:
    reload = "--reload" in argv
    try:
        settings = Settings()
        configure_logging(settings.log_level)
        # With --reload, uvicorn's worker process builds the app from the factory itself.
        app = None if reload else create_app(settings)
    except (ValidationError, ConfigError) as exc:
        sys.exit(f"Cannot start: invalid configuration.\n{exc}")
    if app is None:
        uvicorn.run(
            "app.main:create_app",
            factory=True,
            reload=True,
            reload_dirs=["app"],
            host=HOST,
            port=settings.port,
            log_config=None,
            access_log=False,
        )
        return
    uvicorn.run(
        app,
        host=HOST,
        port=settings.port,
        log_config=None,  # keep the JSON logging set up above
        access_log=False,  # app.middleware logs each request
        server_header=False,
        proxy_headers=True,  # trusts X-Forwarded-* only from FORWARDED_ALLOW_IPS (default local)
        timeout_graceful_shutdown=10,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
