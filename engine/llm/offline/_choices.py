"""Enum choices for profile extraction: which choice an answer points to most clearly."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from engine.llm.offline import _text as t

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "senior": ("lead", "principal", "staff", "experienced", "expert", "veteran", "head"),
    "junior": ("beginner", "entry", "novice", "graduate", "intern", "trainee", "apprentice"),
    "mid": ("intermediate", "middle", "midlevel"),
    "beginner": ("new", "novice", "starting", "junior", "never"),
    "intermediate": ("mid", "middle", "some experience"),
    "advanced": ("expert", "experienced", "senior", "pro"),
    "lead": ("senior", "principal", "head", "manager"),
    "manager": ("manage", "managing", "head of"),
    "idea": ("concept", "thinking about", "not started"),
    "prototype": ("mvp", "mockup", "demo", "poc", "beta"),
    "launched": ("live", "released", "shipped", "paying", "customers"),
    "student": ("studying", "university", "school", "college"),
    "remote": ("home", "remotely", "distributed"),
    "hybrid": ("mix", "mixed", "partly"),
    "office": ("onsite", "on site", "in person"),
    "yes": ("yeah", "yep", "sure", "definitely", "absolutely"),
    "applicable": ("no startup", "not in a startup", "corporate", "public sector", "freelanc"),
}
_CHOICE_STOPWORDS = frozenset(
    """a an the of and or just i to in on with my at for level experience stage not
    roughly about around approx approximately still e g eg""".split()  # noqa: SIM905
)
_WEAK_GLOSS = frozenset({"later", "early", "first", "yet", "other", "more", "less", "some"})
_RANGE = re.compile(
    r"(\d+)\s*(?:[-–]|to)\s*(\d+)\s*([a-z]*)|(\d+)\s*\+\s*([a-z]*)|"
    r"(?:over|more than)\s*(\d+)\s*([a-z]*)"
)


@dataclass(frozen=True, slots=True)
class _Option:
    """An enum choice with the words that point to it and any numeric ranges."""

    value: str
    own: tuple[str, ...]  # the choice's own words
    terms: tuple[tuple[str, int], ...]  # keyword, weight
    ranges: tuple[tuple[float, float, str], ...]  # low, high (exclusive), unit stem


def _ranges(text: str) -> list[tuple[float, float, str]]:
    found: list[tuple[float, float, str]] = []
    for m in _RANGE.finditer(text.casefold()):
        low, high, unit1, plus, unit2, over, unit3 = m.groups()
        if low is not None:
            found.append((float(low), float(high) + 1, unit1))
        elif plus is not None:
            found.append((float(plus), float("inf"), unit2))
        else:
            found.append((float(over) + 1, float("inf"), unit3))
    return [(lo, hi, t.stem(unit) if unit else "") for lo, hi, unit in found]


def _gloss(choice: str, description: str) -> str:
    """The explanation a description gives a choice: "junior (roughly 0-2 years)"."""
    for name in dict.fromkeys((choice, choice.replace("_", " "), choice.replace("_", "-"))):
        found = re.search(rf"(?<!\w){re.escape(name)}\s*\(([^)]*)\)", description, re.IGNORECASE)
        if found:
            return found.group(1)
    return ""


def _options(choices: Sequence[str], description: str) -> list[_Option]:
    options = []
    for choice in choices:
        own = tuple(w for w in t.words(choice) if w not in _CHOICE_STOPWORDS)
        terms: dict[str, int] = {}
        for word in own:
            for synonym in (*_SYNONYMS.get(word, ()), *_SYNONYMS.get(t.stem(word), ())):
                terms.setdefault(synonym, 1)
        gloss = _gloss(choice, description)
        for phrase in re.split(r"[,;:]|\b(?:or|and)\b|\be\.g\.", gloss.casefold()):
            kept = [w for w in phrase.split() if w not in _CHOICE_STOPWORDS]
            if kept and not any(c.isdigit() for c in phrase) and " ".join(kept) not in _WEAK_GLOSS:
                terms[" ".join(kept)] = 2
        every = t.words(choice)
        if len(every) > 1:
            terms[" ".join(every)] = 3  # "series a", "not applicable", "pre seed" ~ "pre-seed"
        for word in own:
            terms[word] = 1 if len(every) > 1 else 2
        ranges = tuple(_ranges(choice) + _ranges(gloss))
        options.append(_Option(choice, own, tuple(terms.items()), ranges))
    return options


# Units as people abbreviate them ("4 yrs", "3 mos").
_UNIT_SHORTHAND = {"yr": "year", "yrs": "years", "y": "years", "mo": "month", "mos": "months"}


def _range_hit(option: _Option, number: float | None, answer_words: list[str]) -> bool:
    if number is None:
        return False
    answer_words = [_UNIT_SHORTHAND.get(w, w) for w in answer_words]
    return any(
        low <= number < high and (not unit or any(w.startswith(unit) for w in answer_words))
        for low, high, unit in option.ranges
    )


def match_choice(choices: Sequence[str], answer: str, description: str = "") -> str | None:
    """The choice the answer points to most clearly, or None.

    A choice scores 3 for its whole name ("series a"), 2 for a one-word name or a
    phrase its field description gives it in parentheses ("junior (roughly 0-2
    years)"), 1 for each word of a longer name or a synonym, and 3 when a number
    in the answer falls in its range ("4 years").
    Ties go to the choice whose own words are best covered, then to the earlier one.
    """
    answer_words = t.words(answer)
    normalised = " ".join(answer_words)
    number = t.first_number(answer)
    best: tuple[float, float, int] = (0, 0, 0)
    chosen = None
    for index, option in enumerate(_options(choices, description)):
        if normalised == " ".join(t.words(option.value)):
            return option.value
        score = sum(w for term, w in option.terms if t.keyword_span(term, answer) is not None)
        score += 3 if _range_hit(option, number, answer_words) else 0
        covered = sum(1 for w in option.own if t.keyword_span(w, answer) is not None)
        key = (score, covered / len(option.own) if option.own else 0, -index)
        if score > 0 and key > best:
            best, chosen = key, option.value
    return chosen
