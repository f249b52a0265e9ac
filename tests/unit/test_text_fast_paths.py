"""ASCII fast paths in the readings of a message give what the full Unicode path gives."""

from __future__ import annotations

import random
import unicodedata

from engine.replies import clean_text
from engine.words import strip_accents


def _full_clean_text(text: str) -> str:
    kept = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cf", "Cs"}
    )
    return unicodedata.normalize("NFC", kept).strip()[:8000]


def _full_strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _samples() -> list[str]:
    rnd = random.Random(13)
    ascii_texts = [
        "".join(chr(rnd.randrange(128)) for _ in range(rnd.randrange(40))) for _ in range(3000)
    ]
    every_ascii = "".join(chr(n) for n in range(128))
    return [*ascii_texts, every_ascii, " \t\n yes \x00\x7f\x1f ", "x" * 9000]


def test_clean_text_of_ascii_equals_the_unicode_path() -> None:
    for text in _samples():
        assert clean_text(text) == _full_clean_text(text), repr(text)


def test_clean_text_still_drops_non_ascii_format_characters() -> None:
    text = " caf\u0065\u0301 \u200bok\u202e\ufeff "
    assert clean_text(text) == _full_clean_text(text) == "café ok"


def test_strip_accents_of_ascii_equals_the_unicode_path() -> None:
    for text in _samples():
        assert strip_accents(text) == _full_strip_accents(text), repr(text)


def test_strip_accents_decomposes_what_is_not_ascii() -> None:
    assert strip_accents("Ça été ﬁne, naïve") == "Ca ete fine, naive"
