"""Hard wording read by class across a whole message, in every language covered.

The other compositional rules pair classes within one clause; people in a crisis
often spread one statement over several sentences ("I bought a hose and tape. I
haven't gone inside yet"). Each rule here names the classes that must all appear
within a window of the message (`_compose_hard_words`) and
the class of ordinary message that overrules it:

- a quantity question about a means with a lethal outcome (how many pills to not
  wake up, what floor is certain) — unless a prescription, a pet or a pest;
- a means kept, collected or counted — unless it has an ordinary reason (`_kept` holds
  this reading and the other, with an open purpose, and says how they differ);
- looking down from a high place's edge, for long or thinking of "enough" (beside
  `_farewell_care`'s other reading of a height, where the words say how they differ);
- a pet or one's things given away, with a finality (it's not for a while, won't
  need them, thanks for everything, a letter);
- affairs put in order (passwords, insurance, a will) with a date, calm or finality,
  or a date picked in calm — unless a notice, a move, a wedding;
- someone close taking the speaker's phone, keys, money or papers, with harm, threat,
  fear or confinement; a relative coming into the speaker's room at night in secret;
- cutting with a repetition or hidden marks — unless hair, cooking or climbing;
- not eating with fading away — unless a diet, a fast or an illness.

Jokes, stories and someone else's experience stay ordinary through the guards of
the layer that calls this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.safety import _compose_hard_words as w
from engine.safety._compose_classes import folded_pattern
from engine.safety._compose_means import MEANS_TRIVIAL
from engine.safety._guards import FRAMES, NEGATION, PREPARATION_TRIVIAL
from engine.safety._kept import STASH_MEANS, STASH_TRIVIAL, STASHED, STATED
from engine.safety._kept import TRIVIAL as KEPT_TRIVIAL
from engine.safety._kinds import CATEGORY_OF, CrisisSignal, Kind

# Classes of one rule count together when they are this close (in characters).
WINDOW = 160
CJK_WINDOW = 60

_LAUGHTER = r"\b(?:lol|lmao|haha\w*|jaja\w*|kkk+|ahah\w*|mdr|xd|hehe\w*|wkwk\w*)\b|笑|哈哈|www"


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: Kind
    needs: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None


# Away for a stated while ("меня не будет неделю"): a pet minded, not given up.
AWAY_A_WHILE = (
    r"\b(?:for (?:a|the|one|two) (?:week|weekend|month)|a week|two weeks|"
    r"una semana|une semaine|eine woche|una settimana|een week|tydzien|bir hafta|seminggu)\b|"
    r"неделю|две недели|месяц|一周|一週間|أسبوع"
)


@cache
def _rules() -> tuple[_Rule, ...]:
    def rule(kind: Kind, *needs: str, unless: str | None = None) -> _Rule:
        return _Rule(
            kind,
            tuple(folded_pattern(n) for n in needs),
            folded_pattern(unless) if unless else None,
        )

    means_trivial = STASH_TRIVIAL + "|" + MEANS_TRIVIAL
    away = PREPARATION_TRIVIAL.pattern  # a pet looked after during a holiday or a move
    return (
        rule(
            "method", w.HOW_MUCH, w.MEANS, w.OUTCOME, unless=means_trivial + "|" + w.FLOOR_TRIVIAL
        ),
        rule("method", STASH_MEANS, STASHED, unless=f"{means_trivial}|{KEPT_TRIVIAL}|{STATED}"),
        rule("method", w.BOUGHT_SET, unless=means_trivial),
        rule("method", w.HIGH_PLACE, w.LOOKED_DOWN, w.EDGE_INTENT, unless=MEANS_TRIVIAL),
        rule("preparation", w.REHOMED, w.FINAL, unless=f"{w.DATE_TRIVIAL}|{away}|{AWAY_A_WHILE}"),
        rule("preparation", w.AFFAIRS, w.FINAL, unless=w.DATE_TRIVIAL),
        rule("preparation", w.AFFAIRS, w.DATE_PICKED, unless=w.DATE_TRIVIAL),
        rule("preparation", w.AFFAIRS, w.CALM, unless=w.DATE_TRIVIAL),
        rule("preparation", w.DATE_PICKED, w.CALM, unless=w.DATE_TRIVIAL),
        rule("starvation", w.NOT_EATING, w.FADING, unless=w.FOOD_TRIVIAL),
        rule("self_harm", w.CUTTING, w.HIDDEN, unless=w.CUT_TRIVIAL),
        rule("abuse", w.CLOSE, w.CONTROL, w.MENACE),
        rule("abuse", w.NIGHT_ROOM, w.SECRECY),
    )


@cache
def _laughter() -> re.Pattern[str]:
    return folded_pattern(_LAUGHTER)


def warm_up() -> None:
    """Compile the rules now rather than on the first message."""
    _rules()
    _laughter()


# Negations written after the word (Japanese) or as "it is not" before it (Chinese).
_AFTER_NEGATION = re.compile(r"(?:では|じゃ)(?:ない|なく|あり)")
_CJK_NEGATION = re.compile(r"(?:不是|并非|並非|没有)$")


def unnegated(pattern: re.Pattern[str], reading: str) -> list[re.Match[str]]:
    """Every match of `pattern` in `reading` that is not denied ("not a diet", "…ではない")."""
    return [
        found
        for found in pattern.finditer(reading)
        if NEGATION.search(reading[max(0, found.start() - 25) : found.start()]) is None
        and _AFTER_NEGATION.match(reading, found.end()) is None
        and _CJK_NEGATION.search(reading[max(0, found.start() - 3) : found.start()]) is None
    ]


def _together(rule: _Rule, reading: str, window: int) -> str | None:
    """The first class's phrase when every class of `rule` is found near it."""
    first, *rest = rule.needs
    for anchor in unnegated(first, reading):
        begin = max(0, anchor.start() - window)
        span = reading[begin : anchor.end() + window]
        if all(unnegated(need, span) for need in rest):
            return anchor.group(0)
    return None


def _trivial(rule: _Rule, reading: str) -> bool:
    if rule.unless is None:
        return False
    # "Not a diet", "niet om af te vallen": a denied ordinary reason does not overrule.
    return bool(unnegated(rule.unless, reading))


def match_hard(reading: str) -> CrisisSignal | None:
    """A rule whose classes all appear close together in `reading` (idioms blanked)."""
    if _laughter().search(reading) or FRAMES.search(reading):
        return None
    window = WINDOW if re.search(r"[a-z\u0400-\u04ff\u0600-\u06ff]", reading) else CJK_WINDOW
    for rule in _rules():
        phrase = _together(rule, reading, window)
        if phrase is not None and not _trivial(rule, reading):
            return CrisisSignal(category=CATEGORY_OF[rule.kind], phrase=phrase, kind=rule.kind)
    return None
