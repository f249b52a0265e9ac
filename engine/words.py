"""Words of a text and suffix stripping, shared by the offline coach and the scenario judge."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def strip_accents(text: str) -> str:
    """`text` decomposed (NFKD) without its combining marks: "café" → "cafe".

    Every reading of a message calls this, several times a turn; ASCII text (most of it)
    has nothing to decompose and no marks, so it is returned as it is instead of being
    walked character by character.
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Return the casefolded words of `text` (letters and digits, inner apostrophes kept)."""
    # Neither apostrophe is a word character, so unifying them before the match finds
    # the same words as unifying each word after it, in one pass instead of one a word.
    return _WORD.findall(text.casefold().replace("’", "'"))


def strip_suffix(word: str, suffixes: Sequence[str], keep: int = 3) -> str | None:
    """`word` without the first of `suffixes` it ends in, keeping `keep` letters; else None."""
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            return word[: -len(suffix)]
    return None
