"""Browser fixtures: Debian's Chromium driven by Playwright, and a seeded live admin site."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import Any

import pytest

from tests.harness import Site
from tests.web.live import CHROMIUM_ARGS, ChromiumUnavailable, ensure_chromium, run_db, serve
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
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is missing: pip install -e '.[dev]'")
    with (
        tempfile.TemporaryDirectory(prefix="coachbot-chromium-") as profile,
        sync_playwright() as p,
    ):
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=chromium_executable,
            headless=True,
            args=[a for a in CHROMIUM_ARGS if a != "--headless"],
            viewport={"width": 1400, "height": 900},
        )
        context.set_default_timeout(10_000)
        yield context
        context.close()


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
