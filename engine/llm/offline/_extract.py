"""Profile extraction: fields from patterns, choices or a bare answer, then ask for the next."""

from __future__ import annotations

import re
from collections.abc import Sequence

from engine.llm.offline import _text as t
from engine.llm.offline._choices import match_choice
from engine.llm.offline._phrases import USAGE, last_try, say
from engine.llm.offline._profile_talk import (
    ABOUT_BOT,
    WHY_ASK,
    acknowledge,
    ask_text,
    bare_value,
    clean_value,
    is_decline,
    is_opener,
)
from engine.llm.types import CoachRequest, CoachResult, FieldSpec
from engine.timeexpr import FULL_DAY_AND_MONTH_NAMES
from engine.timeexpr.cities import zone_for_place

# A name or a place said in a sentence ("I'm Noor, in Leeds"), for fields that bring no
# patterns of their own: the capital letter tells "I'm Noor" from "I'm tired".
_NAME_FIELDS = frozenset({"name", "first_name", "preferred_name", "nickname"})
_PLACE_FIELDS = frozenset({"location", "city", "based_in", "town", "place", "country", "home"})
_NAME = (
    r"(?i:\bmy name(?:'s| is)|\bcall me|\bi'?m called|\bi go by|\bname'?s)\s+([A-Z][\w'-]+)",
    r"^\s*(?:(?i:hi|hello|hey)[,!]?\s+)?(?i:i'?m|i am|it'?s|this is)\s+"
    r"([A-Z][\w'-]+)\b(?!\s+\w+ing\b)",
    r"^\s*(?:(?i:hi|hello|hey)[,!]?\s+)?([A-Z][\w'-]+) here\b",  # "Ana here, a nurse…"
)
_PLACE = (
    r"\b(?i:based in|live in|living in|located in|from|work in|working in|in|em|en|à|aus)\s+"
    r"((?:[A-Z][\w'-]+)(?:[ -](?:[A-Z][\w'-]+))?)",
)

# Words the general readings can meet capitalised that are never a name or a place
# ("I'm Happy to be here", "I work in Marketing", "From Monday I am remote").
_DAYS = FULL_DAY_AND_MONTH_NAMES | {"today", "tomorrow", "tonight"}
_NOT_NAMES = _DAYS | frozenset(
    """happy not tired sorry good fine ok okay hard sure new back here just so very really well
    great busy done ready late glad excited nervous stressed exhausted bored curious interested
    lost confused stuck honestly also still always never the a an in at from this that it what
    hi hello hey yes no thanks thank going trying looking working""".split()  # noqa: SIM905
)
_NOT_PLACES = _DAYS | frozenset(
    """marketing sales it hr finance engineering operations support legal design product
    management meetings meeting office charge love trouble general fact person time
    bed""".split()  # noqa: SIM905
)

# A role said in a sentence ("I'm a backend dev at a bank", "Sam here, nurse at St Mary's").
_ROLE_FIELDS = frozenset({"role", "job", "job_title", "title", "occupation", "position", "work"})
_ROLE_END = (
    r"(?= at | in | for | with | and | from | based | living | working | since |[.,!;?—–]|$)"
)
_ROLE = (
    r"(?i)\bi(?:'m| am|'ve been| have been)(?: (?:currently|basically|really|actually|now|"
    r"mostly|just|still))? (?:a|an) (?!bit |little |lot |fan |big |huge )"
    r"([a-z][a-z /&-]*?)" + _ROLE_END,
    r"(?i)\b(?:i )?(?:work|working|employed) as (?:a |an )?([a-z][a-z /&-]*?)" + _ROLE_END,
    r"(?i)\bmy (?:role|job|title|position) is (?:a |an )?([a-z][a-z /&-]*?)" + _ROLE_END,
    r"(?i)^\s*(?:(?:hi|hello|hey)[,!.]*\s*)?(?:(?:i'm|i am|it's|this is) )?"
    r"(?-i:[A-Z])[\w'-]+(?: here)?\s*[,.—–-]+\s*(?:i'm |i am )?(?:a |an )?"
    r"([a-z][a-z /&-]*?) (?=at |in |for |with )",
)

# "designer at Berlin": after "at" a company is likelier than a place, so it is a place only
# when it is a city we know (the one list the time-zone guess uses).
_AT_PLACE = re.compile(r"\bat\s+((?:[A-Z][\w'-]+)(?:[ -](?:[A-Z][\w'-]+))?)")


def _known_place_after_at(answer: str) -> str | None:
    for found in _AT_PLACE.finditer(answer):
        if zone_for_place(found.group(1)) is not None:
            return found.group(1)
    return None


def _defaults(spec: FieldSpec) -> tuple[str, ...]:
    """The general readings of a field of a known kind (they read capitals)."""
    name = spec.name.casefold()
    if name in _NAME_FIELDS:
        return _NAME
    if name in _PLACE_FIELDS:
        return _PLACE
    if name in _ROLE_FIELDS:
        return _ROLE
    return ()


def _readings(spec: FieldSpec) -> tuple[tuple[str, int], ...]:
    """(pattern, flags) to try in turn: the field's own patterns (any case), else the
    defaults of its kind. A place or name field falls back to the general reading too: a
    program's patterns for "based in …" miss "a nurse at a hospital in Tromsø", and a name
    pattern for a bare answer misses "I'm Priya, product manager in Lisbon"."""
    own = tuple((raw, re.IGNORECASE) for raw in spec.patterns)
    if own and spec.name.casefold() not in _PLACE_FIELDS | _NAME_FIELDS:
        return own
    return (*own, *((raw, 0) for raw in _defaults(spec)))


def _not_a_value(spec: FieldSpec, value: str) -> bool:
    """A general reading's capitalised word that is no name/place ("I'm Happy to…")."""
    first = value.split()[0].casefold() if value.split() else ""
    if spec.name.casefold() in _NAME_FIELDS:
        return first in _NOT_NAMES
    return spec.name.casefold() in _PLACE_FIELDS and first in _NOT_PLACES


def from_patterns(spec: FieldSpec, answer: str) -> str | None:
    """The first value one of the field's patterns finds in `answer` (a choice, if it has them)."""
    for raw, flags in _readings(spec):
        try:
            found = re.search(raw, answer, flags)
        except re.error:
            continue
        if found is None:
            continue
        value = clean_value((found.group(1) if found.re.groups else found.group(0)) or "")
        if t.is_non_answer(value) or (not flags and _not_a_value(spec, value)):
            continue
        if spec.choices:
            value = match_choice(spec.choices, value, spec.description) or ""
        if value:
            return value
    if spec.name.casefold() in _PLACE_FIELDS and not spec.choices:
        return _known_place_after_at(answer)
    return None


def _asked_field(req: CoachRequest, missing: Sequence[FieldSpec]) -> FieldSpec | None:
    if len(missing) == 1:
        return missing[0]
    last = next((e.text.casefold() for e in reversed(req.history) if e.role == "assistant"), "")
    return next((f for f in missing if f.description and f.description.casefold() in last), None)


def _ask_for(req: CoachRequest, spec: FieldSpec) -> str:
    return ask_text(spec, req.step_key, req.attempt_no)


# Words of five letters or more that any question may use: no cue to which one is answered.
_NO_CUE = frozenset(
    """which where would could should there their about anything something other these
    those while after before think really works thing things please""".split()  # noqa: SIM905
)


def _cues(spec: FieldSpec) -> frozenset[str]:
    """The longer words of a field's question and choices ("direct", "gentle", "remote")."""
    said = t.words(" ".join((spec.description, *spec.choices)).replace("_", " "))
    return frozenset(w for w in said if len(w) >= 5 and w not in _NO_CUE)


def _meant_for(answer: str, target: FieldSpec, missing: Sequence[FieldSpec]) -> FieldSpec:
    """The field a short answer belongs to: the one asked, unless it shares no word with
    that question and does with another missing one's ("direct pls, short msgs" answers
    "how do you like to be coached?", not "where are you based?")."""
    said = frozenset(t.words(answer))
    if said & _cues(target):
        return target
    overlap = [(len(said & _cues(f)), f) for f in missing if f is not target and not f.choices]
    best = max(overlap, key=lambda pair: pair[0], default=(0, target))
    return best[1] if best[0] else target


def extract(req: CoachRequest) -> CoachResult:
    """Fill the missing profile fields the answer gives, then ask for the next one."""
    known = {k for k, v in req.known_fields.items() if v and v.strip()}
    missing = [f for f in req.fields if f.name not in known]
    extracted: dict[str, str] = {}
    confidence: dict[str, float] = {}
    opener = is_opener(req.answer)
    declined = is_decline(req.answer)
    for spec in [] if opener or declined else missing:
        value = from_patterns(spec, req.answer)
        if value is None and spec.choices:
            value = match_choice(spec.choices, req.answer, spec.description)
        if value:
            extracted[spec.name], confidence[spec.name] = value, 1.0
    target = _asked_field(req, missing)
    if target is not None and not extracted and not target.choices:
        bare = bare_value(req.answer)
        if bare:
            meant = _meant_for(bare, target, missing)
            if not _not_a_value(meant, bare):
                extracted[meant.name], confidence[meant.name] = bare, 0.6
    still = [f for f in missing if f.name not in extracted]
    parts: list[str] = []
    if opener and still and not known:
        ask = _ask_for(req, still[0])
        parts += [ABOUT_BOT, f"To start: {ask[:1].lower()}{ask[1:]}"]
    elif opener and still:
        parts += [WHY_ASK, _ask_for(req, still[0])]
    else:
        parts.append(acknowledge(extracted, missing))
        if still and last_try(req):
            parts.append("No problem — we can fill in the rest later.")
        elif still:
            if not extracted:
                parts.append(say(req, "extract-none", ("Thanks!", "Thank you.", "Okay.")))
            parts.append(_ask_for(req, still[0]))
    return CoachResult(
        reply=" ".join(p for p in parts if p) or "Thank you!",
        complete=not still,
        missing=tuple(f.name for f in still),
        extracted=extracted,
        confidence=confidence,
        usage=USAGE,
    )
