"""Neutral emphasis: how the engine marks bold in a reply, and how each channel shows it.

The engine writes `*bold*` (one asterisk each side, no space inside). Slack's mrkdwn
reads that as bold already; Discord's Markdown would read it as italics, so it
becomes `**bold**` there; the console shows plain words. `2 * 3`, a lone `*` and
`**already bold**` are not emphasis and stay as they are.
"""

from __future__ import annotations

import re

EMPHASIS = re.compile(r"(?<![*\w])\*(?![\s*])([^*\n]+?)(?<!\s)\*(?![*\w])")


def with_emphasis(text: str, marker: str) -> str:
    """Each neutral `*bold*` in `text` written as `{marker}bold{marker}`."""
    return EMPHASIS.sub(lambda m: f"{marker}{m[1]}{marker}", text)


def plain(text: str) -> str:
    """The text without emphasis marks (for channels that show no formatting)."""
    return with_emphasis(text, "")
