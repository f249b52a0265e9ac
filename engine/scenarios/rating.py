"""`rate 4 great practice`: a 1–5 rating with an optional comment."""

from __future__ import annotations

import re
from dataclasses import dataclass

_RATE = re.compile(r"^\s*rate\s+([1-5])(?:\s*/\s*5)?(?:[\s,:.-]+(.*))?$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Rating:
    stars: int
    comment: str | None


def parse_rating(text: str) -> Rating | None:
    """The rating in `text`, or None when it is not a `rate N …` message (or N is not 1–5)."""
    found = _RATE.match(text)
    if found is None:
        return None
    comment = (found.group(2) or "").strip()[:1000]
    return Rating(stars=int(found.group(1)), comment=comment or None)
