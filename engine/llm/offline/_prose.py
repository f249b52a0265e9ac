"""Phrasing helpers for the offline coach: deterministic variety and tidy prose."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence


def pick(options: Sequence[str], *seed: object) -> str:
    """Choose one of `options` deterministically from `seed` (stable across runs)."""
    digest = hashlib.sha256("\x1f".join(map(str, seed)).encode()).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


def join_labels(labels: Sequence[str]) -> str:
    """Join labels as prose: "a", "a and b", "a, b and c"."""
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def as_phrase(label: str) -> str:
    """Lower-case a label's first letter unless it looks like a name or acronym."""
    label = label.strip().rstrip(".?!")
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


def clip(text: str, limit: int = 160) -> str:
    """Shorten `text` to at most `limit` characters at a word boundary, adding "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill_placeholders(template: str, values: dict[str, str]) -> str:
    """Replace `{name}` placeholders with `values`; unknown ones stay as written.

    Unlike `str.format`, this never evaluates attribute access or indexing, so
    user text (which may itself contain braces) cannot inject anything.
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
