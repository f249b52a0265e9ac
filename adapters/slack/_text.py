"""Make text safe to post: no broadcast mentions, no Slack control sequences.

`neutralise_mentions` is a local stand-in for `engine.safety.neutralise_mentions`
until that lands; the behaviour we rely on is the same: whatever a person typed
can be echoed back without pinging a channel or a user group.
"""

from __future__ import annotations

import re

_WORD_JOINER = "\u2060"
# <!channel>, <!here|here>, <!everyone>, <!subteam^S123|@team>, <!date^…>
_SPECIAL = re.compile(r"<!(channel|here|everyone|subteam\^[A-Z0-9]+)(?:\|([^>]*))?>")
_BARE = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)


def neutralise_mentions(text: str) -> str:
    """Turn broadcast and group mentions into inert text that still reads naturally."""

    def special(match: re.Match[str]) -> str:
        kind, label = match.group(1), match.group(2)
        name = (label or "@group").lstrip("@") if kind.startswith("subteam") else kind
        return f"@{_WORD_JOINER}{name}"

    text = _SPECIAL.sub(special, text)
    return _BARE.sub(lambda m: f"@{_WORD_JOINER}{m.group(1)}", text)


def escape_mrkdwn(text: str) -> str:
    """Escape the three characters Slack treats as control sequences."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_text(text: str) -> str:
    """Text from the engine (which may echo the person) made inert for Slack."""
    return escape_mrkdwn(neutralise_mentions(text))


def strip_bot_mention(text: str, bot_user_id: str | None) -> str:
    """Remove the leading `<@BOT>` of an app_mention so the engine sees plain words."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", "", text)
    return text.strip()
