"""Browser fixtures: Debian's Chromium driven by Playwright, and a seeded live admin site."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.harness import Site
from tests.web.live import (
    ChromiumUnavailable,
    chromium_context,
    ensure_chromium,
    run_db,
    serve,
)
from tests.web.seed import seed_pilot


@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """Debian's Chromium, installed with apt-get first when it is missing and we are root."""
    try:
        return ensure_chromium()
    except ChromiumUnavailable as exc:
        pytest.skip(f"no browser for the dashboard tests: {exc}")


@pytest.fixture(scope="module")
def browser_context(chromium_executable: str) -> Iterator[Any]:
    """One headless Chromium with a fresh profile directory for this module."""
    pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is missing: pip install -e '.[dev]'"
    )
    with chromium_context(chromium_executable, viewport={"width": 1400, "height": 900}) as context:
        context.set_default_timeout(10_000)
        yield context


@pytest.fixture
def site(pg_url: str) -> Iterator[Site]:
    """The admin site on a free port, over the hand-computed pilot cohort."""
    run_db(pg_url, seed_pilot)
    with serve(pg_url) as url:
        yield Site(url, pg_url)


@pytest.fixture
def page(browser_context: Any) -> Iterator[Any]:
    browser_context.clear_cookies()
    tab = browser_context.new_page()
    yield tab
    tab.close()
