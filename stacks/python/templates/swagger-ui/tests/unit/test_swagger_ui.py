"""The /docs page and its assets come from the app, never from another host."""

import re

import pytest

from app.lib.swagger_ui import ASSET_NAMES, CONTENT_SECURITY_POLICY, PAGE, asset


def test_the_page_loads_only_its_own_assets() -> None:
    urls = re.findall(r'(?:src|href)="([^"]+)"', PAGE)
    assert urls
    assert all(url.startswith("/docs/") for url in urls)
    assert {url.removeprefix("/docs/") for url in urls} <= set(ASSET_NAMES)


@pytest.mark.parametrize("name", ASSET_NAMES)
def test_every_asset_is_served(name: str) -> None:
    found = asset(name)
    assert found is not None
    assert found.body
    assert found.media_type.startswith(("text/javascript", "text/css"))


def test_the_bundle_is_swagger_ui() -> None:
    found = asset("swagger-ui-bundle.js")
    assert found is not None
    assert b"SwaggerUIBundle" in found.body


def test_other_names_are_not_served() -> None:
    assert asset("../../pyproject.toml") is None
    assert asset("swagger_bundle.js") is None


def test_the_policy_allows_no_other_host() -> None:
    assert "http" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY
