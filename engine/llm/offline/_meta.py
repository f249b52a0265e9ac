"""Meta-replies: questions or complaints about the bot or its question, not answers."""

from __future__ import annotations

import re

_META = re.compile(
    r"\b(?:what do you mean|what does that mean|what do u mean|wdym|what\?+$|huh\??$|"
    r"i (?:just|already) (?:told|said|answered|wrote)|like i (?:said|told you)|"
    r"why (?:are|do) you (?:asking|ask)|you already asked|i don'?t understand the question|"
    r"what are you asking|what is (?:a|an|the) \w+\?|o que (?:você )?quer dizer|"
    r"qu[ée] quieres decir|c'est-à-dire|qu'est-ce que (?:tu veux|vous voulez) dire|"
    r"was meinst du|wie meinst du)",
    re.IGNORECASE,
)


def is_meta_reply(text: str) -> bool:
    """A question or complaint about the bot or the question itself ("what do you mean?",
    "I just told you", "why are you asking again?"), not an answer to the step."""
    return bool(_META.search(text.strip()))
