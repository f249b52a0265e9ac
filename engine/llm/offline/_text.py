"""Text helpers for the offline coach, gathered in one namespace (`_text as t`).

Each idea lives in its own module: words, keywords and evasive answers in
`_words` (which also describes the keyword rule), phrasing in `_prose`, numbers
in `_numbers` and SMART goal detection in `_smart_detect`.
"""

from __future__ import annotations

from engine.llm.offline._numbers import NUMBER, first_number, number_value
from engine.llm.offline._prose import as_phrase, clip, fill_placeholders, join_labels, pick
from engine.llm.offline._smart_detect import detect_smart
from engine.llm.offline._words import (
    NON_ANSWERS,
    has_substance,
    is_non_answer,
    keyword_span,
    looks_like_regex,
    matches_any,
    sentences,
    stem,
    words,
)

__all__ = [
    "NON_ANSWERS",
    "NUMBER",
    "as_phrase",
    "clip",
    "detect_smart",
    "fill_placeholders",
    "first_number",
    "has_substance",
    "is_non_answer",
    "join_labels",
    "keyword_span",
    "looks_like_regex",
    "matches_any",
    "number_value",
    "pick",
    "sentences",
    "stem",
    "words",
]
