"""`python -m app`: serve the API with uvicorn on 0.0.0.0:$PORT.

PORT is read here, in Python, because the Docker image starts this without a shell. In
production uvicorn runs WEB_CONCURRENCY worker processes, each building the app from the
factory; nothing they must agree on lives in their memory (the failed-login counts are in the
database). The default is one process per CPU the container may use (at least 2, at most 8;
app/lib/workers.py), so the event loop of one process never caps a bigger machine; each worker
is a fresh interpreter that imports the app (uvicorn does not fork after loading it), so a
machine short of memory sets WEB_CONCURRENCY lower. On SIGTERM uvicorn stops accepting
connections, lets in-flight requests finish (up to 10 s), runs the app's shutdown and exits.
`--reload` restarts on code changes, for development.
"""

import os
import sys

import uvicorn
from pydantic import ValidationError

from app.config import ConfigError, Settings
from app.lib.workers import web_concurrency
from app.logging_setup import configure_logging

# Inside a container the app must accept connections from outside its own network namespace.
HOST = "0.0.0.0"  # noqa: S104


def main(argv: list[str]) -> None:
    reload = "--reload" in argv
    try:
        settings = Settings()
        configure_logging(settings.log_level, structured=settings.json_logs)
        # Fail fast on a bad configuration, here; each worker then builds the app itself.
        settings.check()
        # Outside production without DATABASE_URL this starts the embedded database, here in
        # the process that outlives --reload's restarts, so it keeps running across them.
        settings.database()
        # Outside production one process: a random development secret (when none is set) is
        # made per process, and workers would not accept each other's tokens or sessions.
        production = settings.app_env == "production"
        workers = web_concurrency(os.environ) if production else 1
    except ConfigError as exc:
        sys.exit(f"Cannot start: {exc}")  # one line: the variable and what it must be
    except ValidationError as exc:
        sys.exit(f"Cannot start: invalid configuration.\n{exc}")
    if reload:
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
        "app.main:create_app",
        factory=True,
        workers=workers,
        host=HOST,
        port=settings.port,
        log_config=None,  # keep the logging set up above (app/logging_setup.py)
        access_log=False,  # app.middleware logs each request
        server_header=False,
        # X-Forwarded-For is read by the app itself, only with TRUST_PROXY (app/lib/proxy.py).
        proxy_headers=False,
        timeout_graceful_shutdown=10,
    )


if __name__ == "__main__":
    main(sys.argv[1:])
