"""Make text safe to post: no broadcast mentions, no Slack control sequences."""

from __future__ import annotations

import re

from engine.safety import neutralise_mentions

# Slack caps a message's text at 40,000 characters; sections are split further by blocks.py.
_MAX_TEXT = 40_000


def escape_mrkdwn(text: str) -> str:
    """Escape the three characters Slack treats as control sequences."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe_text(text: str) -> str:
    """Text from the engine (which may echo the person) made inert for Slack.

    Broadcast and group mentions become plain words, then `&`, `<`, `>` are escaped,
    so nothing the person typed can turn into a mention, link or command, whatever
    the `parse` mode.
    """
    return escape_mrkdwn(neutralise_mentions(text, max_len=_MAX_TEXT))


def strip_bot_mention(text: str, bot_user_id: str | None) -> str:
    """Remove the leading `<@BOT>` of an app_mention so the engine sees plain words."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", "", text)
    return text.strip()
