"""The signal type and the kinds of crisis language the lexicon is sorted by."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

CrisisCategory = Literal["suicide", "self_harm", "abuse"]
"""What the reply is about: the three categories `crisis_reply` has words for."""

Kind = Literal[
    "ideation",
    "method",
    "preparation",
    "starvation",
    "self_harm",
    "abuse",
    "word",
    "harm_word",
    "abuse_word",
]
"""Finer than a category, written in order of urgency (`ORDER`). `*word` kinds are a bare
term ("suicide", "self-harm", "domestic violence") that a film, a news story or a training
course can frame; they yield to the frame guards, the other kinds do not."""

ORDER: tuple[Kind, ...] = get_args(Kind)
"""The kinds in order of urgency: suicide kinds, then self-harm, then abuse, then bare words."""

Layer = Literal["lexicon", "compose", "semantic"]

Lexicon = dict[Kind, tuple[str, ...]]

CATEGORY_OF: dict[Kind, CrisisCategory] = {
    "ideation": "suicide",
    "method": "suicide",
    "preparation": "suicide",
    "starvation": "suicide",
    "word": "suicide",
    "self_harm": "self_harm",
    "harm_word": "self_harm",
    "abuse": "abuse",
    "abuse_word": "abuse",
}

FRAMED_KINDS: frozenset[Kind] = frozenset({"word", "harm_word", "abuse_word"})


@dataclass(frozen=True, slots=True)
class CrisisSignal:
    """Crisis language found in a message.

    Attributes:
        category: suicide, self_harm or abuse — what the help reply speaks to.
        phrase: the matched text in its normalised reading ("" for the semantic layer).
        kind: the finer kind of language (ideation, method, preparation, …).
        layer: which layer found it: the lexicon, the compositional classes or the semantic
            similarity.
        someone_else: the person at risk is someone the speaker tells about ("my friend
            said she wants to kill herself"), not the speaker: the reply speaks to helping.
    """

    category: CrisisCategory
    phrase: str
    kind: str = ""
    layer: Layer = "lexicon"
    someone_else: bool = False
