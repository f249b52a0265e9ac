"""The lexicon layer: every language's patterns per kind, compiled once on first use.

All languages are tried on every message (people mix languages, and a language
guess on a ten-word message is wrong too often to gate safety on it). Kinds are
tried in order of urgency — suicide kinds, then self-harm, then abuse, then the
bare words — so a message with several signals gets the most urgent reply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from engine.safety import (
    _lex_classes,
    _lex_classes_harm,
    _lex_classes_intl,
    _lex_de_nl,
    _lex_en,
    _lex_en_abuse,
    _lex_en_acts,
    _lex_en_everyday,
    _lex_en_voices,
    _lex_es_pt,
    _lex_fr_it,
    _lex_hard,
    _lex_hi_id,
    _lex_intl_voices,
    _lex_ja_zh_ar,
    _lex_not_eating,
    _lex_pl_tr_ru,
    _lex_terms,
)
from engine.safety._compose import (
    continuing_is_work,
    harm_is_trivial,
    is_theirs,
    subject_is_other,
    trivial_after,
)
from engine.safety._compose_words import LIFE_PLACE
from engine.safety._guards import (
    ABUSE_TRIVIAL,
    COVER_STORY,
    FRAMES,
    METHOD_TRIVIAL,
    OTHER_AGENT,
    PREPARATION_TRIVIAL,
    after_is_game,
    blank_idioms,
    is_framed,
    is_negated,
)
from engine.safety._kinds import CATEGORY_OF, FRAMED_KINDS, ORDER, CrisisSignal, Kind, Lexicon
from engine.safety._normalise import PATTERN_FOLDS
from engine.safety._scope import hard_trivial

LEXICONS: dict[str, Lexicon] = {
    "en": _lex_en.IDEATION,
    "en-acts": _lex_en_acts.ACTS,
    "en-abuse": _lex_en_abuse.ABUSE,
    "en-everyday": _lex_en_everyday.EVERYDAY,
    "en-voices": _lex_en_voices.VOICES,
    "terms": _lex_terms.TERMS,  # the bare terms of the languages below
    "not-eating": _lex_not_eating.NOT_EATING,  # their starvation, likewise
    "es": _lex_es_pt.ES,
    "pt": _lex_es_pt.PT,
    "fr": _lex_fr_it.FR,
    "it": _lex_fr_it.IT,
    "de": _lex_de_nl.DE,
    "nl": _lex_de_nl.NL,
    "pl": _lex_pl_tr_ru.PL,
    "tr": _lex_pl_tr_ru.TR,
    "ru": _lex_pl_tr_ru.RU,
    "hi": _lex_hi_id.HI,
    "hi-deva": _lex_hi_id.HI_DEVANAGARI,
    "id": _lex_hi_id.ID,
    "ja": _lex_ja_zh_ar.JA,
    "zh": _lex_ja_zh_ar.ZH,
    "ar": _lex_ja_zh_ar.AR,
    "classes": _lex_classes.CLASSES,
    "classes-harm": _lex_classes_harm.CLASSES_HARM,
    "classes-intl": _lex_classes_intl.CLASSES_INTL,
    "intl-voices": _lex_intl_voices.INTL_VOICES,
    "hard": _lex_hard.HARD,
}

# Matched against the compact reading (spaces removed) of a message whose letters
# were spaced apart: "k i l l m y s e l f", "s.u.i.c.i.d.e".
_COMPACT = (
    "killmyself",
    "suicid",
    "wanttodie",
    "endmylife",
    "selfharm",
    "cutmyself",
    "cuttingmyself",
    "hangmyself",
    "overdose",
    "selbstmord",
    "umbringen",
    "suizid",
    "matarme",
    "mematar",
    "suicider",
    "metuer",
    "zelfmoord",
    "samobojstw",
    "intihar",
    "bunuhdiri",
    "bundir",
    "quieromorir",
    "queromorrer",
    "jeveuxmourir",
    "vogliomorire",
    "ikwildood",
)


# Patterns are grouped by the script they are written in, and a group is only tried
# on a reading that contains that script: most messages are Latin-only, and the
# unanchored CJK and Arabic substrings are the costly ones to try at every position.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("arabic", re.compile(r"[\u0600-\u06ff]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("devanagari", re.compile(r"[\u0900-\u097f]")),
    ("cjk", re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")),
    ("latin", re.compile(r"[a-z]")),
)


def _script_of(pattern: str) -> str:
    for script, chars in _SCRIPTS[:-1]:
        if chars.search(pattern):
            return script
    return "latin"


def scripts_in(text: str) -> frozenset[str]:
    """The scripts that occur in `text` (of those the lexicon is written in)."""
    return frozenset(script for script, chars in _SCRIPTS if chars.search(text))


@dataclass(frozen=True, slots=True)
class _Compiled:
    kinds: tuple[tuple[Kind, dict[str, re.Pattern[str]]], ...]
    compact: re.Pattern[str]


@cache
def _compiled() -> _Compiled:
    kinds: list[tuple[Kind, dict[str, re.Pattern[str]]]] = []
    for kind in ORDER:
        grouped: dict[str, list[str]] = {}
        for lexicon in LEXICONS.values():
            for written in lexicon.get(kind, ()):
                pattern = written.translate(PATTERN_FOLDS)
                grouped.setdefault(_script_of(pattern), []).append(pattern)
        compiled = {
            script: re.compile("|".join(f"(?:{p})" for p in patterns))
            for script, patterns in grouped.items()
        }
        kinds.append((kind, compiled))
    return _Compiled(kinds=tuple(kinds), compact=re.compile("|".join(_COMPACT)))


def warm_up() -> None:
    """Compile the patterns (and the idiom guards) now rather than on the first message."""
    _compiled()
    blank_idioms("")


def _clause_at(reading: str, position: int) -> str:
    start = reading.rfind(" | ", 0, position)
    end = reading.find(" | ", position)
    return reading[start + 1 if start >= 0 else 0 : end if end >= 0 else len(reading)]


# "not want to live *with my parents*": life in a place or with someone, not life itself.
_LIFE_END = re.compile(
    r"\b(?:live|living|leben|vivre|vivir|viver|vivere|leven|zyc|jeena|hidup|yasamak)\s*$"
)
_LIFE_PLACE = re.compile(LIFE_PLACE)

# Kinds that are about the speaker: a clause about someone else does not carry them.
_PERSONAL_KINDS: frozenset[Kind] = frozenset(
    {"ideation", "method", "preparation", "starvation", "word"}
)


def _overruled_by_clause(kind: Kind, reading: str, found: re.Match[str]) -> bool:
    """Guards that read the match's clause: trivial frames, life in a place, someone else."""
    clause = _clause_at(reading, found.start())
    if kind == "abuse" and ABUSE_TRIVIAL.search(clause):
        return True
    if kind == "preparation" and (
        (PREPARATION_TRIVIAL.search(clause) and not COVER_STORY.search(clause))
        or FRAMES.search(clause)
    ):
        return True
    if kind == "method" and METHOD_TRIVIAL.search(clause):
        return True
    if (
        kind == "ideation"
        and _LIFE_END.search(found.group(0))
        and _LIFE_PLACE.match(reading[found.end() : found.end() + 25])
    ):
        return True
    if kind == "self_harm" and harm_is_trivial(clause):
        return True
    if hard_trivial(kind, found.group(0), clause, reading):
        return True
    if kind == "ideation" and trivial_after(reading, found.group(0), found.end()):
        return True
    if kind == "ideation" and continuing_is_work(found.group(0), clause):
        return True
    if kind in ("ideation", "word") and subject_is_other(reading, found.start()):
        return True
    return kind in _PERSONAL_KINDS and is_theirs(clause)


def _search(kind: Kind, pattern: re.Pattern[str], reading: str) -> str | None:
    for found in pattern.finditer(reading):
        if is_negated(reading, found.start()):
            continue
        if kind == "abuse" and after_is_game(reading, found.end()):
            continue
        if _overruled_by_clause(kind, reading, found):
            continue
        if kind == "self_harm" and OTHER_AGENT.search(
            reading[max(0, found.start() - 20) : found.start()]
        ):
            continue
        if kind in FRAMED_KINDS:
            around = reading[max(0, found.start() - 60) : found.end() + 60]
            if is_framed(around):
                continue
        return found.group(0)
    return None


def match_lexicon(readings: tuple[str, ...], compact: str | None) -> CrisisSignal | None:
    """The most urgent lexicon match in any reading, after the guards; None if there is none."""
    compiled = _compiled()
    blanked = [blank_idioms(reading) for reading in readings]
    scripts = scripts_in(" ".join(blanked))
    for kind, by_script in compiled.kinds:
        for script, pattern in by_script.items():
            if script not in scripts:
                continue
            for index, reading in enumerate(blanked):
                phrase = _search(kind, pattern, reading)
                # A variant reading (leetspeak, stretched letters) counts only for what it
                # changed: the plain reading already judged a phrase it shares ("at 5am").
                if phrase is not None and (index == 0 or phrase not in readings[0]):
                    category = CATEGORY_OF[kind]
                    return CrisisSignal(category=category, phrase=phrase.strip(), kind=kind)
    if compact is not None:
        found = compiled.compact.search(compact)
        if found is not None:
            return CrisisSignal(category="suicide", phrase=found.group(0), kind="word")
    return None
