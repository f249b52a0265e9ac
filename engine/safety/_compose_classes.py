"""The compiled meaning classes of the compositional layer (see `_compose`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.safety import _compose_acts as a
from engine.safety import _compose_frames as f
from engine.safety import _compose_means as m
from engine.safety import _compose_words as w
from engine.safety._kinds import Kind
from engine.safety._normalise import PATTERN_FOLDS


def folded_pattern(pattern: str) -> re.Pattern[str]:
    """Compiled with the letters folded as messages are (Arabic letter variants, ё, ı, ł)."""
    return re.compile(pattern.translate(PATTERN_FOLDS))


@cache
def folded_patterns(*patterns: str) -> tuple[re.Pattern[str], ...]:
    """`folded_pattern` of each, compiled on the first call with these classes, then reused."""
    return tuple(folded_pattern(p) for p in patterns)


@dataclass(frozen=True, slots=True)
class Classes:
    """Every meaning class and guard of the compositional layer, compiled."""

    ending: re.Pattern[str]
    stance: re.Pattern[str]
    life: re.Pattern[str]
    not_want: re.Pattern[str]
    why: re.Pattern[str]
    tired: re.Pattern[str]
    pills: re.Pattern[str]
    hoard: re.Pattern[str]
    height: re.Pattern[str]
    height_final: re.Pattern[str]
    highest: re.Pattern[str]
    farewell: re.Pattern[str]
    final: re.Pattern[str]
    other: re.Pattern[str]
    self: re.Pattern[str]
    after: re.Pattern[str]
    before: re.Pattern[str]
    clause_trivial: re.Pattern[str]
    means_trivial: re.Pattern[str]
    absence: re.Pattern[str]
    better: re.Pattern[str]
    absence_trivial: re.Pattern[str]
    harm: re.Pattern[str]
    harm_mark: re.Pattern[str]
    harm_trivial: re.Pattern[str]
    on_purpose: re.Pattern[str]
    fillers: re.Pattern[str]
    perceived: re.Pattern[str]
    die_end: re.Pattern[str]
    negated_after: re.Pattern[str]
    not_eat: re.Pattern[str]
    food_trivial: re.Pattern[str]
    vanish: re.Pattern[str]
    not_making_it: re.Pattern[str]
    rope: re.Pattern[str]
    acquired: re.Pattern[str]
    giveaway: re.Pattern[str]
    no_need: re.Pattern[str]
    standalone: tuple[tuple[Kind, re.Pattern[str]], ...]
    strangled: re.Pattern[str]
    vanish_final: re.Pattern[str]
    not_around: re.Pattern[str]
    kys_self: re.Pattern[str]
    named: re.Pattern[str]
    pointless: re.Pattern[str]
    go_on: re.Pattern[str]
    go_on_object: re.Pattern[str]
    go_on_trivial: re.Pattern[str]
    affairs: re.Pattern[str]
    ask: re.Pattern[str]
    lethal: re.Pattern[str]
    discreet: re.Pattern[str]
    get: re.Pattern[str]


def _words(latin: str, other: str) -> re.Pattern[str]:
    return folded_pattern(rf"\b(?:{latin})\b|{other}")


@cache
def classes() -> Classes:
    """The classes, compiled once on first use."""
    return Classes(
        ending=_words(w.ENDING_LATIN, w.ENDING_OTHER),
        stance=_words(w.STANCE_LATIN, w.STANCE_OTHER),
        life=_words(w.LIFE_LATIN, w.LIFE_OTHER),
        not_want=folded_pattern(w.NOT_WANT),
        why=folded_pattern(w.WHY_LIVE),
        tired=folded_pattern(w.TIRED_OF),
        pills=_words(m.MEANS_LATIN, m.MEANS_OTHER),
        hoard=_words(m.HOARD_LATIN, m.HOARD_OTHER),
        height=folded_pattern(f.HEIGHT),
        height_final=folded_pattern(f.HEIGHT_FINAL),
        highest=folded_pattern(f.HIGHEST),
        farewell=_words(w.FAREWELL_LATIN, w.FAREWELL_OTHER),
        final=_words(w.FINAL_LATIN, w.FINAL_OTHER),
        other=folded_pattern(w.OTHER_SUBJECT),
        self=folded_pattern(w.SELF),
        after=folded_pattern(w.TRIVIAL_AFTER),
        before=folded_pattern(w.TRIVIAL_BEFORE),
        clause_trivial=folded_pattern(w.CLAUSE_TRIVIAL),
        means_trivial=folded_pattern(m.MEANS_TRIVIAL),
        absence=folded_pattern(a.ABSENCE),
        better=folded_pattern(a.BETTER),
        absence_trivial=folded_pattern(a.ABSENCE_TRIVIAL),
        harm=folded_pattern(a.HARM),
        harm_mark=folded_pattern(a.HARM_MARK),
        harm_trivial=folded_pattern(a.HARM_TRIVIAL),
        on_purpose=folded_pattern(f.ON_PURPOSE),
        fillers=folded_pattern(f.FILLERS),
        perceived=folded_pattern(f.PERCEIVED),
        die_end=folded_pattern(f.DIE_END),
        negated_after=folded_pattern(f.NEGATED_AFTER),
        not_eat=folded_pattern(a.NOT_EAT),
        food_trivial=folded_pattern(a.FOOD_TRIVIAL),
        vanish=folded_pattern(w.VANISH),
        not_making_it=folded_pattern(f.NOT_MAKING_IT),
        rope=folded_pattern(f.ROPE),
        acquired=folded_pattern(f.ACQUIRED),
        giveaway=folded_pattern(f.GIVEAWAY),
        no_need=folded_pattern(f.NO_NEED),
        standalone=(
            ("preparation", folded_pattern(f.LAST_NOTE)),
            ("ideation", folded_pattern(f.NOT_WORTH)),
            ("ideation", folded_pattern(f.NOBODY_NOTICE)),
            ("method", folded_pattern(f.METHOD_QUESTION)),
        ),
        strangled=folded_pattern(f.STRANGLED),
        vanish_final=folded_pattern(w.VANISH_FINAL),
        not_around=folded_pattern(
            r"\b(?:dont|do not|cant|cannot|not|never|no longer)(?: \w+){0,2} "
            r"(?:see myself|plan on|planning on|expect to|intend to|think ill|think i will|"
            r"think id|think i would) "
            r"(?:still )?(?:be |being )?(?:here|around|alive)\b(?! (?:(?:at|in|on) )?(?:the|this|"
            r"that|"
            r"my) (?:office|company|team|job|role|city|country|project|firm)\b)"
            r"(?=(?: \w+){0,3} (?:much longer|longer|for long|by next \w+|next year|anymore|"
            r"in a year|by (?:christmas|summer|spring|winter|then|q\d|the end of)))"
        ),
        pointless=folded_pattern(w.POINTLESS),
        go_on=folded_pattern(w.GO_ON),
        go_on_object=folded_pattern(w.GO_ON_OBJECT),
        go_on_trivial=folded_pattern(w.GO_ON_TRIVIAL),
        affairs=folded_pattern(f.AFFAIRS),
        named=_words(m.MEANS_NAMED_LATIN, m.MEANS_NAMED_OTHER),
        ask=folded_pattern(m.ASK),
        lethal=folded_pattern(m.LETHAL),
        discreet=folded_pattern(m.DISCREET),
        get=folded_pattern(m.GET),
        kys_self=folded_pattern(
            r"\b(?:kys|kill yourself)\b(?: \w+){0,6} (?:myself|to me)\b|"
            r"\b(?:tell|telling|told) myself (?:to )?(?:kys|kill yourself)\b"
        ),
    )
