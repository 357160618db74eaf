"""TRUST_PROXY: whose address is the client's.

Without a proxy in front, the client is the TCP peer and X-Forwarded-For is ignored (anyone
can write that header). Behind N proxies you control (TRUST_PROXY=N, or true for one), each
proxy appends the address it received the request from, so the client is the N-th entry from
the right; entries further left were written by the client and are not trusted.
"""

from collections.abc import Mapping


class ProxyConfigError(ValueError):
    """TRUST_PROXY is not false, true or a number of proxies."""


def trusted_proxies(environ: Mapping[str, str]) -> int:
    """TRUST_PROXY as a number of proxies: false or unset = 0, true = 1, or a number."""
    raw = environ.get("TRUST_PROXY", "").strip().lower()
    if raw in ("", "false", "0", "no"):
        return 0
    if raw in ("true", "yes"):
        return 1
    if raw.isdigit() and 0 < int(raw) <= 10:
        return int(raw)
    raise ProxyConfigError(f"TRUST_PROXY must be true, false or a number of proxies, got {raw!r}")


def client_address(peer: str | None, forwarded_for: str | None, proxies: int) -> str:
    """The client's address: the peer's, or the trusted entry of X-Forwarded-For."""
    if proxies and forwarded_for:
        hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return peer or "unknown"
