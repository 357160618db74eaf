"""How many server processes to run: WEB_CONCURRENCY, or one per CPU this process may use
(at least 2, at most 8).

Several processes use several cores and keep serving while one is busy hashing a password;
everything they share (the database, the failed-login counts in it) lives outside them.
"""

import os
from collections.abc import Mapping

MIN_DEFAULT = 2
MAX_DEFAULT = 8


def available_cpus() -> int:
    """CPUs this process may run on (a container's CPU set), not all the machine has."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def web_concurrency(
    environ: Mapping[str, str], cpus: int | None = None, default: int | None = None
) -> int:
    """WEB_CONCURRENCY; when unset, `default` if given, else sized to the CPUs."""
    raw = environ.get("WEB_CONCURRENCY", "").strip()
    if raw:
        if not raw.isdigit() or int(raw) < 1:
            raise ValueError(f"WEB_CONCURRENCY must be a whole number of 1 or more, got {raw!r}")
        return int(raw)
    if default is not None:
        return default
    count = available_cpus() if cpus is None else cpus
    return max(MIN_DEFAULT, min(count, MAX_DEFAULT))
