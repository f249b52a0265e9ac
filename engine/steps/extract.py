"""`extract`: profile fields picked out of free conversation; asks only what is missing.

No field is asked for more than `ASK_LIMIT` times; a short answer right after a field was
asked is that field's value; "skip" / "I'd rather not share" passes the field asked (or,
before any was asked, the rest of the step). A field named `timezone` is not extracted:
when the platform gave no zone, the step ends by offering the zone a known city implies
("Porto → Europe/Lisbon, right?") or by asking for one, and sets it as `timezone` does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from engine.llm.offline._extract import from_patterns
from engine.llm.offline._profile_talk import (
    LEAVE_IT,
    MOVE_ON,
    NO_PROBLEM,
    WHY_ASK,
    acknowledge,
    ask_text,
    bare_value,
    is_decline,
    is_opener,
)
from engine.llm.types import CoachResult, FieldSpec, StepKind
from engine.messages import Reply
from engine.programs.model import ExtractStep
from engine.steps.base import (
    Attempt,
    BaseStepType,
    Judgement,
    Need,
    ProfileRecord,
    Record,
    StepOutcome,
    StepView,
    TimezoneRecord,
)
from engine.steps.parsing import parse_yes_no
from engine.steps.state import ExtractProgress
from engine.timeexpr.cities import place_name, zone_for_place

ALREADY_KNOWN = "I already have what I need from you here — thanks!"
ASK_LIMIT = 2  # a field asked this often and still not given is left out
TIMEZONE_FIELD = "timezone"
_PLACE_FIELDS = ("location", "city", "based_in", "town")
_ZONE_LEAD = "One last thing, so I only message you at sensible hours:"
_ZONE_OFFER = "{place} → {zone}, right? (yes / tell me yours)"
_ZONE_ASK = "which time zone are you in? A city near you or a name like Europe/Lisbon works."
_ZONE_AGAIN = (
    "I don't know that one — could you name a bigger city near you, or a zone like"
    " America/Chicago? (or `skip`)"
)
_ZONE_NAME_IT = "A city near you or a name like Europe/Lisbon works (or `skip`)."
# Agreeing with the zone offered, beyond a plain yes ("that's right", "spot on").
_CONFIRMS = re.compile(
    r"(?:(?:yes|yeah|yep|ok|okay)[,!. ]*)?(?:that'?s|that is|it'?s|sounds|looks)? ?"
    r"(?:right|correct|it|perfect|fine|good|exactly|spot on|the one|works|that works)"
    r"(?: (?:one|thanks|thank you))?[.!👍 ]*"
)
_ZONE_LATER = "No problem — I'll use UTC for now. Type `timezone` and your city any time to set it."


def _step(view: StepView) -> ExtractStep:
    assert isinstance(view.step, ExtractStep)
    return view.step


def _progress(view: StepView) -> ExtractProgress:
    state = view.state
    if isinstance(state, ExtractProgress):
        return replace(state, asks=dict(state.asks), skipped=list(state.skipped))
    return ExtractProgress()


def _specs(step: ExtractStep) -> list[FieldSpec]:
    return [
        FieldSpec(f.name, f.description, f.choices, f.patterns)
        for f in step.fields
        if f.name != TIMEZONE_FIELD
    ]


def _zone_wanted(view: StepView) -> bool:
    return view.timezone is None and any(f.name == TIMEZONE_FIELD for f in _step(view).fields)


def already_known(view: StepView) -> bool:
    """Every field is known from earlier: the step is skipped when presented."""
    fields = _specs(_step(view))
    return all(f.name in view.known_fields for f in fields) and not _zone_wanted(view)


def _zone_question(view: StepView, place: str | None) -> tuple[str, str]:
    """The time zone question and the zone it offers ("" = none, asked openly)."""
    zone = zone_for_place(place) if place else None
    if zone is not None and place is not None:
        return _ZONE_OFFER.format(place=place_name(place), zone=zone), zone
    spec = next(f for f in _step(view).fields if f.name == TIMEZONE_FIELD)
    described = " ".join(spec.description.split())
    asked = described if described.endswith("?") else _ZONE_ASK
    return asked[:1].lower() + asked[1:], ""


def _known_place(view: StepView) -> str | None:
    return next((view.known_fields[f] for f in _PLACE_FIELDS if view.known_fields.get(f)), None)


def _in_zone_phase(view: StepView, progress: ExtractProgress) -> bool:
    """The zone is being asked, or it is all that is left of the step."""
    if progress.zone is not None:
        return True
    fields = _specs(_step(view))
    return _zone_wanted(view) and all(f.name in view.known_fields for f in fields)


class ExtractType(BaseStepType):
    kind = StepKind.EXTRACT
    model = ExtractStep
    state = ExtractProgress
    needs = present_needs = frozenset({Need.PROFILE})
    takes_skip = True  # "skip" passes the field asked, not the whole step

    def present(self, view: StepView) -> list[Reply]:
        step = _step(view)
        progress = _progress(view)
        if _in_zone_phase(view, progress):
            question = _zone_question(view, _known_place(view))[0]
            return [Reply(f"{question[:1].upper()}{question[1:]}")]
        text = step.prompt.strip()
        fields = _specs(step)
        missing = [f for f in fields if f.name not in view.known_fields]
        missing = [f for f in missing if f.name not in progress.skipped]
        if view.known_fields and missing and len(missing) < len(fields):
            return [Reply(f"{text}\n(I still need: {', '.join(f.description for f in missing)})")]
        return [Reply(text)]

    def judgement(self, view: StepView, text: str) -> Judgement | None:
        if _in_zone_phase(view, _progress(view)):
            return None  # the time zone is read here, no coach needed
        progress = _progress(view)
        step = _step(view)
        return Judgement(
            self.kind,
            text,
            max_attempts=step.max_attempts,
            fields=tuple(f for f in _specs(step) if f.name not in progress.skipped),
            known_fields=dict(view.known_fields),
        )

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        progress = _progress(view)
        if _in_zone_phase(view, progress):
            if progress.zone is None:  # every other field was known before: only the zone
                progress.zone = _zone_question(view, _known_place(view))[1]
                progress.zone_asks = 1
            return _apply_zone(view, progress, text)
        assert result is not None
        step = _step(view)
        specs = _specs(step)
        known = view.known_fields
        open_ = [f for f in specs if f.name not in known and f.name not in progress.skipped]
        new = _given(result, text, specs, open_, known, progress)
        confidence = {k: result.confidence.get(k, 0.8) for k in new}
        opener = not new and is_opener(text)  # "hi", "what is this?": no answer, no attempt
        altered, declined, limited = False, False, False
        asking = next((f for f in open_ if f.name == progress.asking), None)
        if not opener and not new and is_decline(text):
            gone = [asking] if asking is not None else open_
            progress.skipped += [f.name for f in gone]
            altered = declined = True
        elif not opener and asking is not None and not new and not asking.choices:
            # a bare answer fills the field asked only when it filled nothing else
            # ("no startup" after "what should I call you?" is the startup stage)
            bare = bare_value(text)
            if bare:
                new[asking.name], confidence[asking.name] = bare, 0.6
                altered = True
        still = [f for f in open_ if f.name not in new and f.name not in progress.skipped]
        while still and progress.asks.get(still[0].name, 0) >= ASK_LIMIT:
            progress.skipped.append(still.pop(0).name)
            altered = limited = True
        moved_on = bool(still) and view.attempt_no >= step.max_attempts and not opener
        ask = still[0] if still and not moved_on else None
        progress.asking = ask.name if ask is not None else ""
        if ask is not None and not opener:  # "huh?" is no second time of asking
            progress.asks[ask.name] = progress.asks.get(ask.name, 0) + 1
        reply = result.reply
        if altered:
            said = _Said(new, declined, limited, moved_on)
            reply = _own_reply(view, step, specs, progress, ask, said)
        if opener and ask is not None:
            coached = Reply(reply) if not altered else Reply(f"{WHY_ASK} {reply}")
            return StepOutcome(done=False, replies=(coached,), state=progress, coached=not altered)
        records: tuple[Record, ...] = (ProfileRecord(new, confidence),) if new else ()
        missing = tuple(f.name for f in still)
        attempt = (
            None if opener else Attempt(text, valid=not missing, missing=missing, forced=moved_on)
        )
        done = not still or moved_on
        if done and _zone_wanted(view) and TIMEZONE_FIELD not in progress.skipped:
            merged = {**known, **new}
            place = next((merged[f] for f in _PLACE_FIELDS if merged.get(f)), None)
            question, progress.zone = _zone_question(view, place)
            progress.zone_asks = 1
            reply = f"{reply}\n{_ZONE_LEAD} {question}"
            done = False  # the zone question first
        return StepOutcome(
            done=done,
            replies=(Reply(reply),),
            attempt=attempt,
            records=records,
            state=progress,
            coached=not altered,
        )

    def already_done(self, view: StepView) -> str | None:
        return ALREADY_KNOWN if already_known(view) else None


def _given(
    result: CoachResult,
    text: str,
    specs: Sequence[FieldSpec],
    open_: Sequence[FieldSpec],
    known: Mapping[str, str],
    progress: ExtractProgress,
) -> dict[str, str]:
    """The values this answer gives: the coach's extraction of the fields still open, and a
    field left out earlier that the person volunteers after all (by its patterns)."""
    wanted = {f.name for f in open_}
    new = {
        k: v.strip()[:500]
        for k, v in result.extracted.items()
        if k in wanted and v and v.strip() and not is_opener(v) and not is_decline(v)
    }
    for spec in specs:
        if spec.name in progress.skipped and spec.name not in known and spec.name not in new:
            found = from_patterns(spec, text)
            if found:
                new[spec.name] = found
    return new


@dataclass(frozen=True, slots=True)
class _Said:
    """What this answer did to the step, for the step's own reply."""

    new: Mapping[str, str]
    declined: bool
    limited: bool
    moved_on: bool


def _own_reply(
    view: StepView,
    step: ExtractStep,
    specs: Sequence[FieldSpec],
    progress: ExtractProgress,
    ask: FieldSpec | None,
    said: _Said,
) -> str:
    """The step's reply when it took a bare value, a decline or hit the ask limit."""
    parts = [acknowledge(said.new, specs)]
    if said.declined:
        parts.append(NO_PROBLEM[len(progress.skipped) % len(NO_PROBLEM)])
    elif said.limited:
        parts.append(LEAVE_IT[len(progress.skipped) % len(LEAVE_IT)])
    if ask is not None:
        parts.append(ask_text(ask, step.key, view.attempt_no))
    elif said.moved_on:
        parts.append(MOVE_ON[0])
    return " ".join(p for p in parts if p) or "Thank you!"


def _apply_zone(view: StepView, progress: ExtractProgress, text: str) -> StepOutcome:
    """The answer to "Porto → Europe/Lisbon, right?" or "which time zone are you in?"."""
    if view.timezone is not None:  # set meanwhile with the `timezone` command
        return StepOutcome(done=True, replies=(Reply(f"Your time zone is {view.timezone}."),))
    offered = progress.zone or None
    said = True if _CONFIRMS.fullmatch(text.strip().casefold()) else parse_yes_no(text)
    zone = None if is_decline(text) else zone_for_place(text)
    if zone is None and offered is not None and said is True:
        zone = offered
    if zone is not None:
        local = f" (it's {view.now.astimezone(ZoneInfo(zone)):%H:%M} there now)" if view.now else ""
        return StepOutcome(
            done=True,
            replies=(Reply(f"Great — I'll use {zone}{local}."),),
            attempt=Attempt(text, valid=True),
            records=(TimezoneRecord(zone),),
        )
    if is_decline(text) or progress.zone_asks >= ASK_LIMIT:
        return StepOutcome(
            done=True,
            replies=(Reply(_ZONE_LATER),),
            attempt=Attempt(text, valid=False, forced=True),
        )
    progress.zone, progress.zone_asks = "", progress.zone_asks + 1
    # a "no" to the offer, or an "ok" when nothing was offered: ask for the city or zone
    again = _ZONE_AGAIN if said is None else f"Which one are you in then? {_ZONE_NAME_IT}"
    return StepOutcome(
        done=False,
        replies=(Reply(again),),
        attempt=Attempt(text, valid=False, missing=(TIMEZONE_FIELD,)),
        state=progress,
    )
