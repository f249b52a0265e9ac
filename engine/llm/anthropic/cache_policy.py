"""Whether to mark the cached prefix, and for how long, from the traffic it sees.

A cache write costs more than plain input (1.25× for 5 minutes, 2× for an hour)
and pays off only if reads follow before it expires (each read saves about 0.9×
input). So, per prefix (program + model), from the gaps between its last requests:

* the prefix is shorter than the model's minimum cacheable length → no breakpoint
  (the API would not cache it anyway; we say so instead of hoping);
* first request of a prefix → 5 minutes (cheap to try: 0.25× extra once);
* median gap ≤ 4 minutes → 5 minutes (the next request usually reads it);
* median gap ≤ 30 minutes → 1 hour (the 1× extra of a 1-hour write is repaid by
  the two or more reads that such traffic brings within the hour);
* sparser → no breakpoint: every write would expire unread.

State is in memory and per process; a restart starts again from "first request".
"""

from __future__ import annotations

import itertools
import statistics
import time
from collections import deque
from collections.abc import Callable
from typing import Literal

Ttl = Literal["5m", "1h"]
_WINDOW = 8
_SHORT_GAP = 240.0
_LONG_GAP = 1800.0


class CachePolicy:
    """Chooses the TTL of a prefix's breakpoint, or none, per the rule above."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._seen: dict[str, deque[float]] = {}

    def choose(self, prefix: str, *, tokens: int, minimum: int) -> Ttl | None:
        """Record a request for `prefix` and return the TTL to mark it with (None: don't)."""
        if tokens < minimum:
            return None
        now = self._clock()
        seen = self._seen.setdefault(prefix, deque(maxlen=_WINDOW))
        gaps = [b - a for a, b in itertools.pairwise([*seen, now])]
        seen.append(now)
        if not gaps:
            return "5m"
        gap = statistics.median(gaps)
        if gap <= _SHORT_GAP:
            return "5m"
        if gap <= _LONG_GAP:
            return "1h"
        return None


def estimate_tokens(text: str) -> int:
    """Tokens of `text`, estimated at four characters each (what the fake server counts)."""
    return -(-len(text) // 4)
