"""Neutralising mass mentions and control characters in text the bot echoes back."""

from __future__ import annotations

import re

_ZWSP = "\u200b"
_SLACK_SPECIAL = re.compile(r"<!([^<>|]*)(?:\|([^<>]*))?>")
_DISCORD_ROLE = re.compile(r"<@&(\d+)>")
_BROADCAST = re.compile(r"@(everyone|here|channel)\b", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _slack_special(match: re.Match[str]) -> str:
    command, label = match.group(1), match.group(2)
    if command.startswith("date^") and label:
        return label
    if command.startswith("subteam^"):
        name = (label or "group").lstrip("@")
    else:
        name = (label or command).lstrip("@")
    return f"@{_ZWSP}{name}"


def neutralise_mentions(text: str, max_len: int = 3000) -> str:
    """Make user text safe to echo back on Slack and Discord.

    Broadcast mentions (Slack `<!channel>`, `<!here>`, `<!everyone>`, user
    groups `<!subteam^ID|@team>`; Discord `@everyone`, `@here`, role mentions
    `<@&ID>`) become plain text with a zero-width space after the "@", which
    both platforms render but never resolve. Plain user mentions (`<@U123>`)
    stay. Control characters other than newline and tab are removed, and the
    result is capped at `max_len` characters, ending with "…" when cut.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _SLACK_SPECIAL.sub(_slack_special, text)
    text = _DISCORD_ROLE.sub(f"@{_ZWSP}role", text)
    text = _BROADCAST.sub(lambda m: f"@{_ZWSP}{m.group(1)}", text)
    if len(text) > max_len:
        text = text[: max(max_len - 1, 0)].rstrip() + "…"
    return text
