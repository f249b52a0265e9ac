"""Safety: crisis language detection, help replies, and neutralising mentions.

Crisis detection runs before the coach sees a message, in layers:

1. normalisation (`_normalise`): case, accents, script variants, leetspeak,
   stretched and spaced letters, emoji and chat abbreviations ("kms", "unalive",
   "sewer slide") folded into readings of the message;
2. a curated lexicon per kind and language (`_lex_*`), with idiom, negation and
   frame guards (`_guards`) so "this deadline is killing me", "im not suicidal"
   and "a documentary about suicide" stay ordinary;
3. a compositional layer (`_compose`): meaning classes per language paired within
   a clause — an ending of one's own life with a wish, plan or search; life refused;
   a means kept or counted; a farewell with "after I'm gone"; harm with a self-harm
   mark; not eating with an ending; an absence that would be "better" for others —
   with guards for hyperbole, trivial objects, stories and someone else's death;
4. a semantic layer behind one function (`_semantic.similarity_to_crisis`),
   character n-gram TF-IDF similarity to crisis exemplars against ordinary
   counter-exemplars, for reworded statements the lexicon does not list.

The LLM's risk field, when an LLM is configured, is a further layer in the turn.
Nothing is compiled or indexed at import time; the first message pays for it
(or call `warm_up()` at start).
"""

from __future__ import annotations

from engine.safety._compose import warm_up as _warm_compose
from engine.safety._detect import detect_crisis
from engine.safety._detect import warm_up as _warm_whole
from engine.safety._kinds import CrisisCategory, CrisisSignal
from engine.safety._lexicon import warm_up as _warm_lexicon
from engine.safety._mentions import neutralise_mentions
from engine.safety._normalise import normalise_for_matching
from engine.safety._reply import ABUSE_RESOURCES, CRISIS_RESOURCES, crisis_reply
from engine.safety._semantic import Similarity, similarity_to_crisis
from engine.safety._semantic import warm_up as _warm_semantic

__all__ = [
    "ABUSE_RESOURCES",
    "CRISIS_RESOURCES",
    "CrisisCategory",
    "CrisisSignal",
    "Similarity",
    "crisis_reply",
    "detect_crisis",
    "neutralise_mentions",
    "normalise_for_matching",
    "similarity_to_crisis",
    "warm_up",
]


def warm_up() -> None:
    """Compile the lexicon and build the semantic index now (otherwise: on first use)."""
    _warm_lexicon()
    _warm_compose()
    _warm_whole()
    _warm_semantic()
