"""A choice whose options are a yes and a no ("Yes, I have" / "No, not yet", or "Yes" /
"No" / "Not sure"): a yes or a no in any words `engine.yesno` reads — "yeah", "yep",
"oui", "sí", "nope", mistyped ("yse", "nooo") — picks that option.

An option is the yes (or the no) when its label reads as one; a message picks it only
when it reads as that and nothing else ("yes but not sure" and "maybe" pick nothing, and
the step asks again). Only a question with a yes option and a no option is read so:
"nope" to "Often" / "Never" is no pick of "Never"; two options that read as a no
("Not yet", "No") leave a no ambiguous, while a yes still picks "Yes". Only the labels
are read, never the values: "yes" to None / Once / Twice (values 0 / 1 / 2) picks nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.yesno import read_yes_no

Option = tuple[str, str, tuple[str, ...]]


def _meaning(label: str) -> bool | None:
    """What the option's label says (never its value: "1" / "0" are counts, not a yes)."""
    return None if label.strip().isdigit() else read_yes_no(label)


def yes_no_option(text: str, options: Sequence[Option]) -> str | None:
    """The value of the one option meaning what `text` says (yes or no), if any."""
    said = read_yes_no(text)
    if said is None:
        return None
    meanings = [_meaning(label) for _, label, _ in options]
    if meanings.count(not said) == 0 or meanings.count(said) != 1:
        return None  # no yes/no question ("Often" / "Never"), or two of a kind
    return options[meanings.index(said)][0]
