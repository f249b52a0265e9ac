"""Reading answers to scale, choice, yes/no and check-in steps.

Every reader is strict about ambiguity: when a message could mean two things
("7 or 8", "7-8", a choice that fits two options) it returns None so the coach
asks again rather than recording a guess. Number words up to one hundred are
understood ("twenty-five", "a hundred").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from engine.steps.answer_numbers import MOOD_LABEL as _MOOD_LABEL
from engine.steps.answer_numbers import ORDINALS as _ORDINALS
from engine.steps.answer_numbers import PROGRESS_LABEL as _PROGRESS_LABEL
from engine.steps.answer_numbers import answer_digits as _answer_digits
from engine.steps.answer_numbers import normalise as _normalise
from engine.yesno import read_yes_no

__all__ = ["parse_check_in", "parse_choice", "parse_scale", "parse_yes_no", "scale_error"]


_DECIMAL = re.compile(r"\d+[.,]\d+")
_INTEGER = re.compile(r"\d+")
# A number, choice or yes/no answer is short; reading only this much also keeps int() away
# from digit runs longer than Python converts (sys.get_int_max_str_digits).
LONGEST_ANSWER = 500
_FRACTION = re.compile(r"(\d+)\s*(?:/|out of|of)\s*(\d+)")
_PERCENT = re.compile(r"(\d+)\s*(?:%|percent|per cent|pct)")


# --- scales -------------------------------------------------------------------


def _read_scale(text: str, *, high: int) -> list[int] | None:
    """The distinct numbers a scale answer mentions, or None if it is unreadable.

    Fractions count only when their denominator is the top of the scale ("7/10"
    on 1..10) and percentages only on a scale that ends at 100; anything else,
    like decimals, makes the answer unreadable rather than guessed at.
    """
    digits = _answer_digits(text)
    if _DECIMAL.search(digits):
        return None
    numbers: set[int] = set()
    readable = True

    def fraction(match: re.Match[str]) -> str:
        nonlocal readable
        readable = readable and int(match.group(2)) == high
        numbers.add(int(match.group(1)))
        return " "

    def percent(match: re.Match[str]) -> str:
        nonlocal readable
        readable = readable and high == 100
        numbers.add(int(match.group(1)))
        return " "

    rest = _PERCENT.sub(percent, _FRACTION.sub(fraction, digits))
    numbers.update(int(found) for found in _INTEGER.findall(rest))
    return sorted(numbers) if readable else None


def parse_scale(text: str, *, low: int, high: int) -> int | None:
    """Read a number on a scale from low to high (inclusive).

    Args:
        text: The answer, e.g. "7", "seven!", "about 7/10", "I'd say a 7", "70%".
        low: The lowest valid value.
        high: The highest valid value.

    Returns:
        The number, or None when there is none, more than one ("7 or 8", "7-8"),
        a fraction of another scale, or a value outside low..high.
    """
    text = text[:LONGEST_ANSWER]
    numbers = _read_scale(text, high=high)
    if numbers is None or len(numbers) != 1:
        return None
    value = numbers[0]
    return value if low <= value <= high else None


def scale_error(text: str, low: int, high: int) -> str:
    """The friendly re-ask for an answer `parse_scale` could not read.

    It names the valid range with an example, and says why when that helps
    (a number outside the scale, or more than one number).
    """
    text = text[:LONGEST_ANSWER]
    example = low + round((high - low) * 0.7)
    ask = f"Please answer with a number from {low} to {high} — for example {example}."
    decimal = _DECIMAL.search(_answer_digits(text))
    if decimal is not None:  # "7.5": between two answers, so the person picks one
        value = float(decimal.group().replace(",", "."))
        below, above = int(value), int(value) + 1
        if low <= below and above <= high and value != below:
            return f"{decimal.group()} is between {below} and {above} — which is closer? {ask}"
    numbers = _read_scale(text, high=high)
    if numbers is not None and len(numbers) == 1 and not low <= numbers[0] <= high:
        return f"{numbers[0]} is outside the scale. {ask}"
    if numbers is None or len(numbers) > 1:
        return f"I wasn't sure which number you meant. {ask}"
    return ask


# --- choices ------------------------------------------------------------------

_INDEX = re.compile(
    r"(?:the\s+)?(?:(?:option|number|no|choice|#)\s*)?#?(?P<n>\d+)(?:st|nd|rd|th)?"
    r"(?:\s+(?:one|option|choice))?"
    rf"|(?:the\s+)?(?P<ord>{'|'.join(_ORDINALS)}|last)(?:\s+(?:one|option|choice))?"
)
_FILLER = re.compile(
    r"^(?:(?:i(?:'d| would)? (?:choose|pick|take|go with|like|want|say)|i'll (?:take|go with)|"
    r"let's go with|my (?:choice|answer) is|options?|numbers?|both)\s+)+|\s+please$"
)
_ALL = frozenset({"all", "all of them", "all of the above", "everything", "all options", "every"})
_SEPARATORS = re.compile(r"\s*(?:,|;|&|\+|\band\b|\bas well as\b|\bplus\b)\s*")

Option = tuple[str, str, tuple[str, ...]]


def _plain(text: str) -> str:
    """Normalised text with punctuation (except '#' and '%') removed."""
    text = re.sub(r"[_\-]", " ", _normalise(text))
    return " ".join(re.sub(r"[^\w\s#%']", " ", text).replace("'", "").split())


def _match_option(part: str, options: Sequence[Option]) -> set[int]:
    """Indexes of the options one piece of an answer names."""
    text = _plain(part)
    text = _FILLER.sub("", text).strip()
    if not text:
        return set()
    index = _INDEX.fullmatch(text)
    if index is not None:
        if index.group("n"):
            number = int(index.group("n"))
        else:
            number = len(options) if index.group("ord") == "last" else _ORDINALS[index["ord"]]
        return {number - 1} if 1 <= number <= len(options) else set()
    exact = {
        i
        for i, (value, label, synonyms) in enumerate(options)
        if text in {_plain(value), _plain(label), *(_plain(s) for s in synonyms)}
    }
    if exact:
        return exact
    found: set[int] = set()
    for i, (value, label, synonyms) in enumerate(options):
        names = [_plain(label), _plain(value), *(_plain(s) for s in synonyms)]
        partial = len(text) >= 4 and text in names[0]
        if partial or any(name and re.search(rf"\b{re.escape(name)}\b", text) for name in names):
            found.add(i)
    return found


def parse_choice(
    text: str, options: Sequence[tuple[str, str, tuple[str, ...]]], *, multiple: bool
) -> tuple[str, ...] | None:
    """Read which option(s) an answer chooses.

    Args:
        text: The answer: an option's number ("2", "#2", "the second"), value,
            label, a unique part of the label (four or more letters) or a synonym;
            for multiple choice a list ("1, 3", "1 and 3", "1 3") or "all".
        options: (value, label, synonyms) in the order they were shown.
        multiple: Whether several options may be chosen.

    Returns:
        The chosen values in option order without duplicates, or None when
        nothing matches, any part of a list matches nothing, or a single choice
        fits two options.
    """
    text = text[:LONGEST_ANSWER]
    plain = _plain(text)
    if multiple and _FILLER.sub("", plain) in _ALL:
        return tuple(value for value, _, _ in options)
    whole = _match_option(text, options)
    if len(whole) == 1:
        return (options[whole.pop()][0],)
    if not multiple:
        return None
    chosen: set[int] = set()
    for part in _SEPARATORS.split(_normalise(text)):
        if not part:
            continue
        found = _match_option(part, options)
        if len(found) != 1:
            # "1 3": several option numbers separated only by spaces.
            tokens = part.split()
            if len(tokens) < 2 or not all(_INDEX.fullmatch(token) for token in tokens):
                return None
            found = {i for token in tokens for i in _match_option(token, options)}
            if len(found) != len(set(tokens)):
                return None
        chosen |= found
    if not chosen:
        return None
    return tuple(options[i][0] for i in sorted(chosen))


# --- yes / no -----------------------------------------------------------------


def parse_yes_no(text: str) -> bool | None:
    """`engine.yesno.read_yes_no` (True, False or None) on the first `LONGEST_ANSWER` characters."""
    return read_yes_no(text[:LONGEST_ANSWER])


# --- check-ins ----------------------------------------------------------------

_LABEL = re.compile(rf"\b(?:(?P<mood>{_MOOD_LABEL})|(?P<progress>{_PROGRESS_LABEL}))\b")
_HALFWAY = re.compile(r"\bhalf ?way\b|\bhalf (?:done|there|through|finished)\b")
# "4 out of 5 (days)": a share of something counted, neither a mood nor a percentage.
_OTHER_FRACTION = re.compile(r"\d+\s*(?:/|out of|of)\s*(?!10\b|100\b)\d+")
_NUMBER_IN_CONTEXT = re.compile(
    r"(?P<n>\d+)(?P<tail>\s*(?:/|out of)\s*10\b|\s*(?:%|percent|per cent|pct))?"
)


def _labelled_numbers(digits: str) -> tuple[list[int], list[int], list[int]]:
    """The numbers of a check-in: (moods, progresses, unlabelled), by their tails and labels."""
    moods: list[int] = []
    progresses: list[int] = []
    bare: list[int] = []
    previous_end = 0
    for match in _NUMBER_IN_CONTEXT.finditer(digits):
        value = int(match.group("n"))
        tail = match.group("tail") or ""
        labels = list(_LABEL.finditer(digits, previous_end, match.start()))
        previous_end = match.end()
        if "10" in tail:
            moods.append(value)
        elif tail:
            progresses.append(value)
        elif labels and labels[-1].group("mood"):
            moods.append(value)
        elif labels:
            progresses.append(value)
        else:
            bare.append(value)
    if _HALFWAY.search(digits):
        progresses.append(50)
    return moods, progresses, bare


def _place_bare(bare: list[int], moods: list[int], progresses: list[int]) -> bool:
    """Give unlabelled numbers their meaning (in place); False when it stays ambiguous."""
    if len(bare) == 2 and not moods and not progresses:
        moods.append(bare[0])
        progresses.append(bare[1])
    elif len(bare) == 1 and moods and not progresses and bare[0] > 10:
        # "mood 7, 40": only a number that cannot be a mood is read as progress.
        progresses.append(bare[0])
    elif len(bare) == 1 and progresses and not moods:
        moods.append(bare[0])
    else:
        return False
    return True


def parse_check_in(text: str) -> tuple[int | None, int | None]:
    """Read mood (1–10) and progress (0–100) from one check-in message.

    "mood 7, progress 40%", "7 and 40", "feeling 6/10, about halfway" and
    "mood: 8" are understood. A number is mood when it is "/10" or follows a
    mood word, progress when it is a percentage or follows a progress word;
    two unlabelled numbers are mood then progress, and one unlabelled number
    fills whichever value is still missing.

    Returns:
        (mood, progress), each None when not given; (None, None) when the
        message is ambiguous (a lone unlabelled number, conflicting or
        out-of-range values, decimals).
    """
    text = text[:LONGEST_ANSWER]
    digits = _answer_digits(text)
    if _DECIMAL.search(digits) or _OTHER_FRACTION.search(digits):
        return None, None
    moods, progresses, bare = _labelled_numbers(digits)
    if bare and not _place_bare(bare, moods, progresses):
        return None, None
    if len(set(moods)) > 1 or len(set(progresses)) > 1:
        return None, None
    mood = moods[0] if moods else None
    progress = progresses[0] if progresses else None
    if (mood is not None and not 1 <= mood <= 10) or (
        progress is not None and not 0 <= progress <= 100
    ):
        return None, None
    return mood, progress
