"""Words, keywords, evasive answers and sentences for the offline coach.

Keyword rule (used for `RequiredItem.keywords` and `Scenario.keywords`):

* A keyword containing any of ``\\ ^ $ [ ] ( ) { } | * + ?`` is a regular
  expression, searched case-insensitively (an invalid one is taken literally).
* Otherwise it is one or more plain words. Each word is stemmed (a common
  suffix such as "s", "es", "ing", "ed", "er", "ment" is removed) and matches an
  answer word that starts with the stem, so "manag", "manager" and "managing"
  all match "management". Stems shorter than four letters must match the whole
  word (optionally plural), so "mid" does not match "midnight". A word with an
  apostrophe ("n't", "i'm", "didn't") is a fragment found anywhere, so "n't"
  matches "isn't". Words of a multi-word keyword must appear in order, next to
  each other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from engine.words import strip_suffix
from engine.words import words as words  # re-exported for the offline modules

_REGEX_CHARS = frozenset("\\^$[](){}|*+?")
_SUFFIXES = ("ments", "ment", "ings", "ing", "ers", "er", "ies", "es", "ed", "ly", "s")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+|\s+[-•*]\s+|^\s*[-•*]\s+")

NON_ANSWERS = frozenset(
    {
        "",
        "?",
        "??",
        "???",
        "...",
        "idk",
        "i dunno",
        "dunno",
        "i don't know",
        "i dont know",
        "don't know",
        "dont know",
        "no idea",
        "not sure",
        "no",
        "nope",
        "nah",
        "nay",
        "meh",
        "nada",
        "hmm",
        "hm",
        "not now",
        "yes",
        "yeah",
        "yep",
        "yup",
        "sure",
        "ok",
        "okay",
        "k",
        "n/a",
        "na",
        "none",
        "nothing",
        "pass",
        "skip",
        "whatever",
        "no comment",
        "nothing really",
        "not really",
        "keine ahnung",
        "weiss nicht",
        "weiß nicht",
        "je sais pas",
        "je ne sais pas",
        "aucune idée",
        "no sé",
        "no se",
        "ni idea",
        "não sei",
        "nao sei",
        "geen idee",
        "weet niet",
        "non lo so",
        "boh",
        "hmmm",
        "um",
        "umm",
        "uh",
        "erm",
        "lol",
        "haha",
        "eh",
    }
)


def stem(word: str) -> str:
    """Strip one common English suffix, keeping at least three letters."""
    word = word.casefold()
    return strip_suffix(word, _SUFFIXES) or word


def looks_like_regex(keyword: str) -> bool:
    """Whether a keyword is meant as a regular expression."""
    return any(c in _REGEX_CHARS for c in keyword)


def _token_pattern(token: str) -> str:
    if "'" in token or not (token[0].isalnum() and token[-1].isalnum()):
        return re.escape(token)  # a fragment such as "n't" or "i'm": found anywhere
    root = stem(token) if token.isalpha() else token
    if len(root) >= 4:
        return rf"(?<!\w){re.escape(root)}\w*"
    forms = {token, root} | ({root + "s", root + "es"} if len(root) >= 3 else set())
    alternatives = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return rf"(?<!\w)(?:{alternatives})(?!\w)"


@lru_cache(maxsize=4096)
def _keyword_pattern(keyword: str) -> re.Pattern[str] | None:
    if looks_like_regex(keyword):
        try:
            return re.compile(keyword, re.IGNORECASE)
        except re.error:
            pass  # not a valid expression after all: match it as words
    tokens = _normalise(keyword).split()
    if not tokens:
        return None
    return re.compile(r"\W+".join(_token_pattern(token) for token in tokens))


def _normalise(text: str) -> str:
    return text.casefold().replace("’", "'").replace("‘", "'")


def keyword_span(keyword: str, text: str) -> str | None:
    """Return the part of `text` that `keyword` matches (casefolded), or None."""
    pattern = _keyword_pattern(keyword)
    if pattern is None:
        return None
    found = pattern.search(_normalise(text))
    return found.group(0) if found else None


def matches_any(keywords: Sequence[str], text: str) -> bool:
    """Whether any of `keywords` matches `text`."""
    return any(keyword_span(k, text) is not None for k in keywords)


_EVASIVE = re.compile(
    r"\b(?:idk|dunno|no idea|not sure|(?:don'?t|do not|dont) know|no clue|can'?t say|"
    r"rather not|keine ahnung|wei(?:ss|ß) (?:ich )?nicht|je (?:ne )?sais pas|no s[eé]|"
    r"n[aã]o sei|geen idee|non lo so)\b"
)


def is_non_answer(text: str) -> bool:
    """Whether `text` is an evasive or empty answer ("idk", "no", "?", "I have no idea")."""
    normalised = " ".join(text.casefold().replace("’", "'").split()).strip(" .!,")
    if normalised in NON_ANSWERS or not words(text):
        return True
    return len(words(text)) <= 5 and _EVASIVE.search(normalised) is not None


def has_substance(text: str, min_words: int = 3) -> bool:
    """Whether `text` is a real answer of at least `min_words` words."""
    return not is_non_answer(text) and len(words(text)) >= min_words


def sentences(text: str) -> list[str]:
    """Split `text` into trimmed sentences, also at line breaks and bullets."""
    parts = _SENTENCE_END.split(text.strip())
    return [p.strip(" \t-•*") for p in parts if p and p.strip(" \t-•*.!?;")]
