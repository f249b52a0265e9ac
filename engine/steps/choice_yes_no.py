"""A choice whose options are a yes and a no ("Yes, I have" / "No, not yet", or "Yes" /
"No" / "Not sure"): a yes or a no in any words `engine.yesno` reads — "yeah", "yep",
"oui", "sí", "nope", mistyped ("yse", "nooo") — picks that option.

An option is the yes (or the no) when its label reads as one; a message picks it only
when it reads as that and nothing else ("yes but not sure" and "maybe" pick nothing, and
the step asks again). Only a question with a yes option and a no option is read so:
"nope" to "Often" / "Never" is no pick of "Never"; two options that read as a no
("Not yet", "No") leave a no ambiguous, while a yes still picks "Yes".
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.yesno import read_yes_no

Option = tuple[str, str, tuple[str, ...]]


def _meaning(value: str, label: str) -> bool | None:
    said = read_yes_no(label)
    return said if said is not None else read_yes_no(value)


def yes_no_option(text: str, options: Sequence[Option]) -> str | None:
    """The value of the one option meaning what `text` says (yes or no), if any."""
    said = read_yes_no(text)
    if said is None:
        return None
    meanings = [_meaning(value, label) for value, label, _ in options]
    if meanings.count(not said) == 0 or meanings.count(said) != 1:
        return None  # no yes/no question ("Often" / "Never"), or two of a kind
    return options[meanings.index(said)][0]
