"""The console's virtual clock, kept per person between runs.

`/advance 2d` moves one console person's clock; if that were forgotten when the
console closes, the next run would be back at real time and a week that had opened
would be locked again. The offset from real time is kept in a small JSON file in
the data folder, per database and per console user (never per machine only: two
databases are two worlds). It holds no message text, only a number of seconds.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from datetime import timedelta
from pathlib import Path

from engine.clock import VirtualClock

log = logging.getLogger(__name__)

FILE_NAME = "console-clocks.json"


def _key(database_url: str, user: str) -> str:
    # The URL may hold a password: only a digest of it is written down.
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return f"{digest}:{user}"


def _read(path: Path) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.error("console clock file %s is unreadable; starting from real time", path)
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: float(v) for k, v in data.items() if isinstance(v, int | float) and v >= 0}


class ConsoleClocks:
    """Loads and saves each console person's virtual-clock offset."""

    def __init__(self, data_dir: Path, database_url: str) -> None:
        self.path = data_dir.expanduser() / FILE_NAME
        self.database_url = database_url

    def clock_for(self, user: str) -> VirtualClock:
        """The person's clock, as far ahead of real time as when they last left."""
        clock = VirtualClock()
        seconds = _read(self.path).get(_key(self.database_url, user), 0.0)
        clock.advance(timedelta(seconds=seconds))
        return clock

    def save(self, user: str, clock: VirtualClock) -> None:
        """Remember how far ahead the person's clock is (written atomically)."""
        data = _read(self.path)
        data[_key(self.database_url, user)] = max(clock.offset.total_seconds(), 0.0)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        temporary.replace(self.path)
