"""The scenario's rules: the code decides, the judge only reports.

* A criterion counts as met when the judge says so *and* its quote is found in what
  the person said in this scene (a judge cannot credit words nobody said). Met
  criteria stay met for the scene; the scene passes when the weight met reaches
  `success_threshold` of the scene's weight.
* After `hint_after` person turns in a row without a newly met criterion, a hint is
  given (and counted); `hint` gives one at any time without using a turn.
* After `max_attempts` turns without passing, or on `end scene`, the scene is
  forced forward and recorded as forced, with the ideal lines in its feedback.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from engine.scenarios._lexical import keyword_hit
from engine.scenarios._out_of_character import asks_for_help, asks_to_stop
from engine.scenarios.feedback import ScenarioReview, review, scene_feedback
from engine.scenarios.judgement import JudgementResult
from engine.scenarios.model import ScenarioStepSpec, SceneSpec
from engine.scenarios.state import (
    PERSON,
    Line,
    MetCriterion,
    ScenarioState,
    SceneProgress,
    TurnVerdict,
)

Control = Literal["hint", "end_scene", "pause"]
_HINT = re.compile(r"^\s*(?:hint|help me|a hint)\s*[.!?]*\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*(?:end|skip|next)[ -]?scene\s*[.!?]*\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ScenarioOutcome:
    """What one step of the scenario produced. `finished` holds the scene(s) that ended."""

    state: ScenarioState
    messages: tuple[str, ...]
    finished: tuple[SceneProgress, ...] = ()
    hint: str | None = None
    review: ScenarioReview | None = None
    paused: bool = False  # the person stepped out: the program is paused, the scene kept

    @property
    def done(self) -> bool:
        return self.state.done


def parse_control(text: str) -> Control | None:
    """`hint` or `end scene` (also `skip scene`, `next scene`), or a request to the coach
    in other words: for help ("what should I say?") is a hint, to stop for now ("can we
    do this practice another time?", "pause the scene") a pause; anything else, such as
    "Not now." or "I need a break." that may be a line being practised, is speech."""
    if _HINT.match(text) or asks_for_help(text):
        return "hint"
    if _END.match(text):
        return "end_scene"
    if asks_to_stop(text):
        return "pause"
    return None


def _normal(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", text.casefold()))


def quote_found(quote: str, text: str) -> bool:
    q = _normal(quote)
    return bool(q) and f" {q} " in f" {_normal(text)} "


def scene_intro(spec: ScenarioStepSpec, index: int) -> str:
    scene = spec.scenes[index]
    cast = spec.scene_cast(scene)
    who = ", ".join(f"{p.name} ({p.role})" for p in cast)
    opening = scene.opening or "So, what did you want to talk about?"
    return (
        f"*Scene {index + 1}/{len(spec.scenes)}: {scene.title}*\n"
        f"Your aim: {scene.objective}\nWith: {who}\n\n*{cast[0].name}:* {opening}"
    )


def _begin(spec: ScenarioStepSpec, index: int, now: datetime) -> SceneProgress:
    scene = spec.scenes[index]
    return SceneProgress(scene_key=scene.key, total_weight=scene.total_weight, started_at=now)


def start(spec: ScenarioStepSpec, now: datetime) -> ScenarioOutcome:
    """The first message of the step: its prompt and the first scene."""
    state = ScenarioState(started_at=now, scenes=(_begin(spec, 0, now),))
    return ScenarioOutcome(state=state, messages=(spec.prompt, scene_intro(spec, 0)))


def _next_hint(scene: SceneSpec, progress: SceneProgress) -> str:
    """The first hint not shown yet, preferring one that is not about a criterion already
    met; then, in turn, the checks still missing."""
    unused = [h for h in scene.hints if h not in progress.hints_shown]
    met = [c for c in scene.criteria if c.key in progress.met_keys]
    relevant = [h for h in unused if not any(keyword_hit(c.keywords, h) for c in met)]
    if relevant or unused:
        return (relevant or unused)[0]
    missing = [c for c in scene.criteria if c.key not in progress.met_keys]
    if not missing:
        return "You're nearly there: keep going the way you are."
    return f"Try a line that {missing[progress.hints_used % len(missing)].check}."


def _require_running(state: ScenarioState) -> None:
    if state.done:
        raise ValueError("the scenario has ended; nothing more can be applied to it")


def give_hint(spec: ScenarioStepSpec, state: ScenarioState, now: datetime) -> ScenarioOutcome:
    """A hint on request; it does not use one of the scene's turns."""
    _require_running(state)
    progress = state.current
    hint = _next_hint(spec.scene(progress.scene_key), progress)
    state = state.with_current(
        replace(
            progress,
            hints_used=progress.hints_used + 1,
            hints_shown=(*progress.hints_shown, hint),
        )
    )
    return ScenarioOutcome(state=state, messages=(f"Hint: {hint}",), hint=hint)


def pause(spec: ScenarioStepSpec, state: ScenarioState) -> ScenarioOutcome:
    """Out of the scene for now, said by the coach: the program is paused (no reminders)
    and the scene keeps its place and turns for `resume`."""
    _require_running(state)
    scene = spec.scene(state.current.scene_key)
    who = spec.scene_cast(scene)[0].name
    message = (
        f"Of course — I've stopped the practice and paused your program, so I won't send"
        f" reminders. Your place in *{scene.title}* is kept: type `resume` when you're ready"
        f" and you'll be back in the scene with {who} (then `hint` for a tip, or `end scene`"
        " to move on)."
    )
    return ScenarioOutcome(state=state, messages=(message,), paused=True)


def _finish_scene(
    spec: ScenarioStepSpec, state: ScenarioState, *, passed: bool, now: datetime
) -> ScenarioOutcome:
    progress = state.current
    scene = spec.scene(progress.scene_key)
    ended = replace(progress, passed=passed, forced=not passed, ended_at=now)
    ended = replace(ended, feedback=scene_feedback(scene, ended))
    state = state.with_current(ended)
    messages = [ended.feedback]
    nxt = state.scene_index + 1
    if nxt < len(spec.scenes):
        state = replace(state, scene_index=nxt, scenes=(*state.scenes, _begin(spec, nxt, now)))
        messages.append(scene_intro(spec, nxt))
        return ScenarioOutcome(state=state, messages=tuple(messages), finished=(ended,))
    state = replace(state, ended_at=now)
    summary = review(spec, state)
    messages.append(summary.render())
    return ScenarioOutcome(state=state, messages=tuple(messages), finished=(ended,), review=summary)


def end_scene(spec: ScenarioStepSpec, state: ScenarioState, now: datetime) -> ScenarioOutcome:
    """`end scene`: move on now, recorded as forced."""
    _require_running(state)
    return _finish_scene(spec, state, passed=False, now=now)


def apply_turn(
    spec: ScenarioStepSpec,
    state: ScenarioState,
    *,
    text: str,
    judgement: JudgementResult,
    now: datetime,
    context: Mapping[str, Any] | None = None,
) -> ScenarioOutcome:
    """Apply the person's `text` and the judge's verdicts to the current scene;
    `context` (what the judge was given) is stored with the verdict."""
    _require_running(state)
    progress = state.current
    scene = spec.scene(progress.scene_key)
    attempt = progress.attempts + 1
    already = progress.met_keys
    # The judge may credit words from an earlier turn of the scene it overlooked then.
    said = [text, *(ln.text for ln in progress.transcript if ln.speaker == PERSON)]
    newly: list[MetCriterion] = []
    for criterion in scene.criteria:
        verdict = judgement.verdict(criterion.key)
        if criterion.key in already or verdict is None or not verdict.met:
            continue
        if any(quote_found(verdict.quote, words) for words in said):
            newly.append(MetCriterion(criterion.key, verdict.quote, attempt, criterion.weight))
    names = {p.ident: p.name for p in spec.scene_cast(scene)}
    speaker = judgement.speaker if judgement.speaker in names else next(iter(names))
    progress = replace(
        progress,
        attempts=attempt,
        met=(*progress.met, *newly),
        turns_without_progress=0 if newly else progress.turns_without_progress + 1,
        transcript=(*progress.transcript, Line(PERSON, text), Line(speaker, judgement.reply)),
        verdicts=(
            *progress.verdicts,
            TurnVerdict(
                attempt=attempt,
                met=tuple(m.key for m in newly),
                note=judgement.note,
                model=judgement.model,
                prompt_version=judgement.prompt_version,
                latency_ms=judgement.latency_ms,
                context=dict(context or {}),
            ),
        ),
    )
    state = state.with_current(progress)
    line = f"*{names[speaker]}:* {judgement.reply}" if judgement.reply else ""
    before = (line,) if line else ()
    if progress.score + 1e-9 >= scene.success_threshold:  # 7/10 vs 0.7 without float noise
        done = _finish_scene(spec, state, passed=True, now=now)
        return replace(done, messages=(*before, *done.messages))
    if attempt >= scene.max_attempts:
        done = _finish_scene(spec, state, passed=False, now=now)
        return replace(done, messages=(*before, *done.messages))
    if progress.turns_without_progress >= scene.hint_after:
        hinted = give_hint(spec, state, now)
        reset = hinted.state.with_current(replace(hinted.state.current, turns_without_progress=0))
        return replace(hinted, state=reset, messages=(*before, *hinted.messages))
    return ScenarioOutcome(state=state, messages=before)
