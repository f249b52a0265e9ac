"""Engine fixtures: built-in programs synced, the offline coach, a virtual clock."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.harness import Harness, make_harness


@pytest.fixture
async def harness(pg_url: str) -> AsyncIterator[Harness]:
    h = await make_harness(pg_url)
    yield h
    await h.db.close()
