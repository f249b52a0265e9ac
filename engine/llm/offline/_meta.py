"""Meta-replies: questions or complaints about the bot or the question, not answers."""

from __future__ import annotations

import re

_META = re.compile(
    r"^\s*(?:what do you mean|what does that mean|what\??$|huh\b|sorry\?|pardon|"
    r"i (?:just|already) (?:told|said|answered)|i told you|why (?:are|do) you (?:ask|keep)|"
    r"you (?:already )?asked|what(?:'s| is) (?:this|that)\b|who are you|what are you\b|"
    r"are you a (?:bot|robot|human|person)|what should i (?:say|write|answer))",
    re.IGNORECASE,
)


def is_meta_reply(text: str) -> bool:
    """A question or complaint about the bot or the question itself ("what do you mean?",
    "I just told you", "why are you asking again?"), not an answer to the step."""
    return bool(_META.search(text.strip()))
