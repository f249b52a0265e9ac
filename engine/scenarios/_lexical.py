"""Lexical judging for the offline persona: keywords, stems, a few synonyms, coverage.

A criterion is met by a sentence of the person's when one of its `keywords` matches
(a keyword with regex characters is a regex; otherwise its words are stemmed and
must start answer words, in order), or when the sentence covers at least half of
the content words of the criterion's `check`, counting a word as
covered when its stem or a listed synonym's stem appears. A check that asks for a
number, amount or figure also needs a digit. Everything here is deterministic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from engine.words import strip_suffix, words

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ers", "er", "ies", "es", "ed")
_SUFFIXES_TAIL = ("ly", "s", "e")
_REGEX_CHARS = frozenset("\\^$[](){}|*+?")
_STOP_WORDS = (
    "a an the and or of to for in on at by with from as is are be it its this that their "
    "them they you your his her what why how who which when about into than then so not no "
    "any all one two some more most own person persona states gives says names asks shows"
)
_STOP = frozenset(_STOP_WORDS.split())
_NUMERIC = frozenset({"number", "numbers", "amount", "figure", "figures", "percentage"})

# Small groups of words that count as the same idea (stems are compared).
_SYNONYMS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "raise salary pay compensation increase rise",
        "reason because since why impact result outcome",
        "concrete specific example instance measurable",
        "work project delivered shipped built led launched",
        "ask request want propose proposal suggest",
        "concern worry fear afraid hesitant",
        "listen hear understand acknowledge fair",
        "agree deal commit promise yes",
        "plan schedule routine week weekly",
        "time minutes hour hours day days",
        "goal target aim",
        "start begin first",
        "small realistic manageable doable achievable easy",
        "workout exercise training gym run walk",
        "budget cost money afford",
        "next follow review revisit check",
        "thank thanks appreciate grateful",
    )
)


def stem(word: str) -> str:
    word = word.casefold()
    if word.endswith("ies") and len(word) >= 6:
        return word[:-3] + "y"  # worries → worry, like the word it came from
    return strip_suffix(word, _SUFFIXES) or strip_suffix(word, _SUFFIXES_TAIL) or word


def sentences(text: str) -> list[str]:
    return [p.strip() for p in _SENTENCE.split(text.strip()) if p.strip()]


@lru_cache(maxsize=1024)
def _alternatives(word: str) -> frozenset[str]:
    root = stem(word)
    alts = {root}
    for group in _SYNONYMS:
        if root in {stem(g) for g in group}:
            alts |= {stem(g) for g in group}
    return frozenset(alts)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in words(text)}


@lru_cache(maxsize=1024)
def _keyword_regex(keyword: str) -> re.Pattern[str]:
    if any(c in _REGEX_CHARS for c in keyword):
        try:
            return re.compile(keyword, re.IGNORECASE)
        except re.error:
            pass
    parts = [rf"(?<!\w){re.escape(stem(w))}\w*" for w in words(keyword)]
    return re.compile(r"\W+".join(parts) if parts else r"(?!x)x")


def keyword_hit(keywords: Iterable[str], sentence: str) -> bool:
    folded = sentence.casefold().replace("’", "'")
    return any(_keyword_regex(k).search(folded) for k in keywords)


def coverage(check: str, sentence: str) -> float:
    """Share of the check's content words present in `sentence` (stems and synonyms)."""
    wanted = [w for w in words(check) if w not in _STOP and len(w) > 2]
    if not wanted:
        return 0.0
    have = _stems(sentence)
    covered = sum(1 for w in wanted if _alternatives(w) & have)
    return covered / len(wanted)


def needs_number(check: str) -> bool:
    return bool(_NUMERIC & set(words(check)))


def evidence(check: str, keywords: tuple[str, ...], text: str) -> str | None:
    """The person's sentence that meets the criterion, or None."""
    for sentence in sentences(text):
        if needs_number(check) and not re.search(r"\d", sentence):
            continue
        if keyword_hit(keywords, sentence) or coverage(check, sentence) >= 0.5:
            return sentence
    return None
