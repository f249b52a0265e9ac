"""Numbers in answers, in digits or spelled out ("twenty", "twice", "an")."""

from __future__ import annotations

import re

_NUM_WORDS = {
    "a": 1,
    "an": 1,
    "once": 1,
    "twice": 2,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
}
SPELLED = "|".join(k for k in _NUM_WORDS if len(k) > 2)
NUMBER = rf"(?:\d+(?:[.,]\d+)?|(?:{SPELLED}|an?)\b)"
_FIRST_NUMBER = re.compile(rf"-?\d+(?:[.,]\d+)?|\b(?:{SPELLED})\b")


def number_value(token: str) -> float | None:
    """The value of a number token: "12", "2.5", "twenty", "an" (1)."""
    token = token.casefold().strip()
    if token in _NUM_WORDS:
        return float(_NUM_WORDS[token])
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def first_number(text: str) -> float | None:
    """Return the first number in `text`, in digits or a spelled-out small number."""
    found = _FIRST_NUMBER.search(text.casefold())
    return number_value(found.group(0)) if found else None
