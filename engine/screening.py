"""Crisis screening of one message, done once however often its turn is routed.

The turn routes a message twice (plan, then apply under the lock) and a question that
is waiting can route it once more; `detect_crisis` is a pure function of the text and
the costliest part of routing, so each turn keeps one `CrisisScreen` for its message.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.safety import CrisisSignal, detect_crisis

Detector = Callable[[str], CrisisSignal | None]


class CrisisScreen:
    """`detect_crisis` memoised for one message's texts (the text and "" at most)."""

    __slots__ = ("_detect", "_found")

    def __init__(self, detect: Detector = detect_crisis) -> None:
        self._detect = detect
        self._found: dict[str, CrisisSignal | None] = {}

    def __call__(self, text: str) -> CrisisSignal | None:
        """The crisis signal in `text`, or None; detected on the first call for `text`."""
        if text not in self._found:
            self._found[text] = self._detect(text)
        return self._found[text]
