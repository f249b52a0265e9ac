"""Clocks: the system clock, and a virtual one the console and tests can move."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class VirtualClock:
    """Real time plus an offset; `advance` moves it forward (e.g. `/advance 3d`)."""

    def __init__(self, start: datetime | None = None) -> None:
        self._offset = timedelta(0)
        self._frozen = start

    def now(self) -> datetime:
        base = self._frozen if self._frozen is not None else datetime.now(UTC)
        return base + self._offset

    @property
    def offset(self) -> timedelta:
        """How far `advance` has moved this clock."""
        return self._offset

    def advance(self, delta: timedelta) -> None:
        self._offset += delta

    def set(self, when: datetime) -> None:
        self._frozen = when
        self._offset = timedelta(0)
