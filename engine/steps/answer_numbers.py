"""Numbers in answers: number words as digits, and which numbers answer rather than count.

"seven", "sieben" and "7" are the same answer; "3 mugs", "2 kids" and "at 7pm" count
something and are no answer to a scale or a check-in (`answer_digits` masks them). A
bare number ("3", "ok 3", "#2") says nothing about what it counts: where no scale or
numbered options were offered it answers nothing (`is_bare_number`) and is asked about.
"""

from __future__ import annotations

import re

from engine.per_turn import per_turn
from engine.words import strip_accents
from engine.yesno import AGREE, REFUSE
from engine.yesno import normalise as _yes_no_form

__all__ = [
    "MOOD_LABEL",
    "PROGRESS_LABEL",
    "answer_digits",
    "is_bare_number",
    "normalise",
    "with_digits",
]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_UNITS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
# One to ten in Portuguese, Spanish, French and German (accents stripped); words that are
# also English or articles ("un", "ein", "um") are left out.
_FOREIGN = {
    word: value
    for value, words in enumerate(
        (
            "uno eins",
            "dois duas dos deux zwei",
            "tres trois drei",
            "quatro cuatro quatre vier",
            "cinco cinq funf",
            "seis",
            "sete siete sept sieben",
            "oito ocho huit acht",
            "nove nueve neuf neun",
            "dez diez dix zehn",
        ),
        start=1,
    )
    for word in words.split()
}
_SMALL = {word: value for value, word in enumerate(_UNITS)}
_TEN_VALUES = {word: 20 + 10 * index for index, word in enumerate(_TENS)}
_NUMBER_WORDS = re.compile(
    r"\b(?:(?P<hundred>(?:(?:a|one)\s+)?hundred)"
    rf"|(?P<tens>{'|'.join(_TENS)})(?:[\s-]+(?P<unit>{'|'.join(_UNITS[1:10])}))?"
    rf"|(?P<small>{'|'.join(_UNITS)})|(?P<foreign>{'|'.join(_FOREIGN)}))\b"
)


_DASHES = re.compile(r"[\u2010-\u2015]")


def _normalise(text: str) -> str:
    """Casefold, strip accents, unify apostrophes and dashes, collapse spaces."""
    text = strip_accents(text.casefold())
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = _DASHES.sub("-", text)
    return " ".join(text.split())


def _number_word(match: re.Match[str]) -> str:
    if match.group("hundred"):
        return "100"
    if match.group("foreign"):
        return str(_FOREIGN[match.group("foreign")])
    if match.group("tens"):
        unit = match.group("unit")
        return str(_TEN_VALUES[match.group("tens")] + (_SMALL[unit] if unit else 0))
    return str(_SMALL[match.group("small")])


def _with_digits(text: str) -> str:
    """Normalised text with number words written as digits."""
    return _NUMBER_WORDS.sub(_number_word, _normalise(text))


# The words that label a check-in's numbers ("mood 7", "40 done").
_MOOD_LABEL = r"mood|feeling|feel|felt|energy|vibe|vibes|mental|wellbeing|happiness"
_PROGRESS_LABEL = r"progress|done|through|complete|completed|finished|along|there"


# --- a number that answers, not a quantity of something -------------------------

# Words that may follow a number that is the answer ("7 today", "6 I think", "5/10",
# "40 percent", "mood 7 and progress 40"); any other word after it makes it a count of
# something ("3 mugs", "2 kids", "7 pm", "5 hours"), which is not an answer to a scale.
_ANSWER_TAIL = (
    frozenset(
        """
    a an and or but because cause cos coz so to too though tho i i'm im id i'd ive i've
    it its it's is was are be been this that today tonight now atm rn right really maybe
    probably perhaps prob ish lol haha tbh honestly honest still at on in for from with me
    my out of percent per pct points point pts stars star overall guess think say would if
    not no yes yeah yep yup ok okay please thanks thank then lately
    these days now mostly pretty quite kinda sorta which given considering
    """.split()  # noqa: SIM905
    )
    | frozenset(_MOOD_LABEL.split("|"))
    | frozenset(_PROGRESS_LABEL.split("|"))
)
_NUMBER_TOKEN = re.compile(r"(?P<n>\d+)(?P<glued>(?:[.,:]\d+)*[a-z]*)")
_CONNECTOR = frozenset({"or", "to", "-", "and"})
_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*[a-z]*|[a-z']+|[^\sa-z\d]")


def _is_count(tokens: list[str], index: int, counted_next: bool) -> bool:
    """Whether tokens[index] (a number) counts something rather than answers."""
    match = _NUMBER_TOKEN.fullmatch(tokens[index])
    if match is None:
        return False
    glued = match.group("glued")
    if glued[:1] in {".", ","}:
        return False  # a decimal: unreadable as an answer, not a count (see `_read_scale`)
    if glued and glued not in {"ish", "st", "nd", "rd", "th"}:
        return True  # "7pm", "3x", "5k", "7:30"
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if not after or not after[0].isalpha() or after.endswith("ly"):
        # "2 or 3 kids": a range before a count is the count's
        return after in _CONNECTOR and counted_next
    if after in _CONNECTOR:
        return counted_next
    return after not in _ANSWER_TAIL


def _joined_to_count(tokens: list[str], index: int) -> bool:
    """Whether tokens[index] (a number) is one side of "4 nights out of 5" or "4 of 5
    days": a count's total or part is a count too, not a score or a percentage."""
    before = tokens[max(index - 4, 0) : index]
    if before[-1:] in (["of"], ["/"]):
        start = len(before) - (3 if before[-2:-1] == ["out"] else 2)
        # the count right before, or with the counted word between ("# nights out of")
        if "#" in before[max(start - 1, 0) : start + 1]:
            return True
    after = tokens[index + 1 : index + 4]
    if after[:1] == ["out"]:
        after = after[1:]
    return after[:1] in (["of"], ["/"]) and after[1:2] == ["#"]


@per_turn  # the scale, check-in and choice readings of one message ask for the same text
def _answer_digits(text: str) -> str:
    """`_with_digits`, with numbers that count something ("3 mugs") replaced by "#"."""
    tokens = _TOKEN.findall(_with_digits(text))
    counted_next = False
    for index in range(len(tokens) - 1, -1, -1):
        if not _NUMBER_TOKEN.fullmatch(tokens[index]):
            continue
        counted_next = _is_count(tokens, index, counted_next)
        if counted_next:
            tokens[index] = "#"
    for index, token in enumerate(tokens):
        if _NUMBER_TOKEN.fullmatch(token) and _joined_to_count(tokens, index):
            tokens[index] = "#"
    return " ".join(tokens)


normalise = _normalise
with_digits = _with_digits
answer_digits = _answer_digits
MOOD_LABEL = _MOOD_LABEL
PROGRESS_LABEL = _PROGRESS_LABEL


# Positions said in words ("the second one"), for choices.
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


# Words that can stand beside a bare number without placing it: "ok 3", "option 2", "yes 1".
_FILLER = frozenset(
    {
        *("option", "number", "choice", "the", "maybe", "um", "hmm", "uh", "er", "i", "guess"),
        *("think", "say", "pick", "choose", "take", "go", "with", "for", "is", "it", "that"),
    }
)
_NUMBER_FILLER = AGREE | REFUSE | _FILLER


def is_bare_number(text: str) -> bool:
    """A number with nothing that says what it counts: "3", "ok 3", "#2", "1."."""
    tokens = re.sub(r"[^\w\s']", " ", _yes_no_form(text)).split()
    numbers = [t for t in tokens if t.isdigit()]
    return (
        bool(numbers)
        and len(numbers) <= 2
        and all(t.isdigit() or t in _NUMBER_FILLER for t in tokens)
    )
