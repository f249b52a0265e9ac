"""Reading a choice said loosely, in a sentence: "I'm an engineering lead, like I told
you", "the second one I think", "sopraano", "both".

`parse_choice` reads exact answers; this module is the second look when it finds
nothing. It is careful: an option is taken only when exactly the words of one option
(or, for a multiple choice, of the options named) appear, not after a negation, and a
typo is forgiven only in a word of five letters or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from engine.steps.answer_numbers import ORDINALS as _ORDINALS
from engine.words import strip_accents

Option = tuple[str, str, tuple[str, ...]]

_POSITION = re.compile(
    rf"\b(?:the )?(?P<ord>{'|'.join(_ORDINALS)}|last)(?: one| option| choice)\b"
    rf"|\bthe (?P<ord2>{'|'.join(_ORDINALS)}|last)\b"
    r"|\b(?:option|number|choice|no|#) ?#?(?P<n>\d{1,2})\b"
)
_BOTH = re.compile(r"\b(?:both|either|all of them|a bit of (?:each|both)|a mix)\b")
# ("no" is left out: "no, the team lead" is a correction, not a negation)
_NEGATION = re.compile(r"\b(?:not|never|nor|neither|isnt|wasnt|dont|hardly)\b")
# Words too common to say which option is meant.
_COMMON = frozenset(
    """
    the and for with from your you that this more less some very just than then into
    about other them they their what when where which while will would could should
    have has had been being make made most much many like only also else each every
    something someone thing things time times good well week weeks
    """.split()  # noqa: SIM905
)
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True, slots=True)
class LooseReading:
    """What a loose answer names: the option values, or the values it hovers between
    (several named for a single choice, or "both" with none named: all of them)."""

    values: tuple[str, ...] = ()
    between: tuple[str, ...] = ()


def _plain(text: str) -> str:
    text = strip_accents(text.casefold().replace("\u2019", "").replace("'", ""))
    return " ".join(_WORD.findall(re.sub(r"[_\-]", " ", text)))


def _close(word: str, name: str) -> bool:
    """One edit apart (two for long words): a typo, in a word of five letters or more.
    Two neighbouring letters swapped ("meetigns") are one edit, as one slip of the fingers."""
    if word == name:
        return True
    if min(len(word), len(name)) < 5 or abs(len(word) - len(name)) > 2:
        return False
    allowed = 2 if len(name) >= 9 else 1
    before: list[int] = []
    previous = list(range(len(name) + 1))
    for i, a in enumerate(word, start=1):
        current = [i]
        for j, b in enumerate(name, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b)))
            if i > 1 and j > 1 and a == name[j - 2] and word[i - 2] == b:
                current[j] = min(current[j], before[j - 2] + 1)
        before, previous = previous, current
    return previous[-1] <= allowed


def _negated(words: list[str], at: int) -> bool:
    """A negation in the three words before position `at` ("not the tenor")."""
    return any(_NEGATION.fullmatch(w) for w in words[max(0, at - 3) : at])


def _names_found(words: list[str], name: str) -> bool:
    """The name (one or more words) appears in words, each word allowing a typo,
    not right after a negation."""
    parts = name.split()
    if not parts:
        return False
    for start in range(len(words) - len(parts) + 1):
        window = words[start : start + len(parts)]
        typed = all(_close(w, p) for w, p in zip(window, parts, strict=True))
        if typed and not _negated(words, start):
            return True
    return False


def _distinctive(options: Sequence[Option]) -> list[set[str]]:
    """Per option, its own words of four letters or more that no other option has."""
    words = [
        {w for name in (label, value, *synonyms) for w in _plain(name).split()}
        for value, label, synonyms in options
    ]
    own: list[set[str]] = []
    for index, mine in enumerate(words):
        others = set().union(*(w for i, w in enumerate(words) if i != index))
        own.append({w for w in mine - others if len(w) >= 4 and w not in _COMMON})
    return own


def _by_position(plain: str, count: int) -> int | None:
    match = _POSITION.search(plain)
    if match is None:
        return None
    if match.group("n"):
        number = int(match.group("n"))
    else:
        word = match.group("ord") or match.group("ord2")
        number = count if word == "last" else _ORDINALS[word]
    return number - 1 if 1 <= number <= count else None


def negates(text: str) -> bool:
    """The answer says what it is not ("not the team lead"): exact reading is not enough."""
    return _NEGATION.search(_plain(text)) is not None


# A change of mind inside one message ("sleep, actually no, stress"): what follows counts.
_CORRECTION = re.compile(
    r"\b(?:actually(?: no)?|no wait|wait no|or rather|rather|i mean|i meant|scratch that|"
    r"on second thought|on second thoughts|changed my mind|change of plan|make that)\b"
)


def read_loosely(text: str, options: Sequence[Option], *, multiple: bool) -> LooseReading:
    """The option(s) a sentence names loosely; empty when it names none or is ambiguous.
    After a change of mind ("…, actually no, stress") what it names after it counts."""
    marks = list(_CORRECTION.finditer(_plain(text)))
    if marks:
        after = _read(_plain(text)[marks[-1].end() :], options, multiple=multiple)
        if after.values:
            return after
    return _read(_plain(text), options, multiple=multiple)


def _read(plain: str, options: Sequence[Option], *, multiple: bool) -> LooseReading:
    words = plain.split()
    position = _by_position(plain, len(options))
    if position is not None:
        return LooseReading((options[position][0],))
    named: list[int] = []
    for index, (value, label, synonyms) in enumerate(options):
        names = {_plain(n) for n in (label, value, *synonyms)} - {""}
        if any(_names_found(words, name) for name in names):
            named.append(index)
    if not named:
        own = _distinctive(options)
        named = [
            index
            for index, mine in enumerate(own)
            if any(_names_found(words, word) for word in mine)
        ]
    if _BOTH.search(plain) and not named:
        every = tuple(value for value, _, _ in options)
        if multiple and len(options) == 2:
            return LooseReading(every)
        return LooseReading(between=every)
    if len(named) == 1 or (multiple and named):
        return LooseReading(tuple(options[i][0] for i in named))
    return LooseReading(between=tuple(options[i][0] for i in named))
