"""Browser fixtures: Debian's Chromium driven by Playwright, and a seeded live admin site."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest

from engine.store.database import Connection, Database
from tests.web.live import CHROMIUM_ARGS, ChromiumUnavailable, ensure_chromium, serve
from tests.web.seed import seed_pilot

T = TypeVar("T")


def run_db(pg_url: str, work: Callable[[Connection], Awaitable[T]]) -> T:
    """Run `work` in one transaction, on a thread of its own: Playwright's sync API keeps an
    event loop running in this one."""

    async def go() -> T:
        async with Database(pg_url, max_size=1) as db, db.transaction() as conn:
            return await work(conn)

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, go()).result()


@pytest.fixture(scope="module")
def browser_context() -> Iterator[Any]:
    """One headless Chromium with a fresh profile directory for this module."""
    try:
        executable = ensure_chromium()
    except ChromiumUnavailable as exc:
        pytest.skip(f"no browser for the dashboard tests: {exc}")
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
            executable_path=executable,
            headless=True,
            args=[a for a in CHROMIUM_ARGS if a != "--headless"],
            viewport={"width": 1400, "height": 900},
        )
        context.set_default_timeout(10_000)
        yield context
        context.close()


@dataclass
class Site:
    url: str
    pg_url: str

    def admin(self, path: str = "/") -> str:
        return f"{self.url}/admin{path}"


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
