"""TRUST_PROXY and whose address is the client's."""

import pytest

from app.lib.proxy import ProxyConfigError, client_address, trusted_proxies


@pytest.mark.parametrize(
    ("raw", "proxies"), [("", 0), ("false", 0), ("0", 0), ("true", 1), ("TRUE", 1), ("2", 2)]
)
def test_trust_proxy_values(raw: str, proxies: int) -> None:
    assert trusted_proxies({"TRUST_PROXY": raw}) == proxies


def test_unset_means_no_proxy() -> None:
    assert trusted_proxies({}) == 0


@pytest.mark.parametrize("raw", ["10.0.0.1", "maybe", "-1", "99"])
def test_other_values_are_refused(raw: str) -> None:
    with pytest.raises(ProxyConfigError):
        trusted_proxies({"TRUST_PROXY": raw})


def test_without_a_proxy_x_forwarded_for_is_ignored() -> None:
    assert client_address("198.51.100.1", "203.0.113.9", 0) == "198.51.100.1"


def test_behind_one_proxy_the_last_entry_is_the_client() -> None:
    # The client wrote "1.2.3.4" itself; the proxy appended the address it saw.
    assert client_address("10.0.0.2", "1.2.3.4, 203.0.113.9", 1) == "203.0.113.9"


def test_behind_two_proxies_the_second_to_last() -> None:
    assert client_address("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3", 2) == "203.0.113.9"


def test_too_few_entries_fall_back_to_the_peer() -> None:
    assert client_address("10.0.0.2", "203.0.113.9", 2) == "10.0.0.2"
    assert client_address(None, None, 1) == "unknown"
