"""Builders for the shapes every language's lexicon repeats.

Each language names who may hurt the speaker (a possessive with its relations, and
bare pronouns) and what they do to the speaker, with the object pronoun before the
verb ("me pega", "mi picchia") or after it ("schlägt mich", "slaat me"). The words
stay per language, as alternations ("pega|golpea"); the shape is written once here.
"""

from __future__ import annotations


def kin(*relations: tuple[str, str], pronouns: str = "") -> str:
    """Who may hurt the speaker: each possessive with its relations, then bare pronouns."""
    parts = [f"{possessive} (?:{nouns})" for possessive, nouns in relations]
    return "(?:" + "|".join([*parts, *([pronouns] if pronouns else [])]) + ")"


def acts_on_me(agent: str, verbs: str, *, before: str = "", after: str = "") -> str:
    """`agent` doing one of `verbs` to the speaker; the object pronoun goes `before` or `after`."""
    return rf"\b{agent} {before}(?:{verbs}){after}\b"
