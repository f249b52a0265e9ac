"""Feedback after a scene and the review at the end of a scenario.

Feedback quotes the person's own words for what worked, names what to try next,
and, when the scene was forced, shows a line that would have met what was missing.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.scenarios.model import CriterionSpec, ScenarioStepSpec, SceneSpec
from engine.scenarios.state import ScenarioState, SceneProgress


def ideal_line(criterion: CriterionSpec) -> str:
    return criterion.ideal or f"(a line that {criterion.check})"


def scene_feedback(scene: SceneSpec, progress: SceneProgress) -> str:
    met = {m.key: m for m in progress.met}
    missing = [c for c in scene.criteria if c.key not in met]
    outcome = "done" if progress.passed else "moved on"
    lines = [f"*{scene.title}*: {outcome}, {round(progress.score * 100)}%."]
    checks: dict[str, list[str]] = {}  # one line that met two criteria is quoted once
    for criterion in scene.criteria:
        if criterion.key in met:
            checks.setdefault(met[criterion.key].quote, []).append(criterion.check)
    worked = [f"“{quote}” ({'; '.join(met_by)})" for quote, met_by in checks.items()]
    if worked:
        lines.append("What worked: " + "; ".join(worked) + ".")
    if missing:
        lines.append(
            "To try: a line that " + "; a line that ".join(c.check for c in missing[:2]) + "."
        )
    if progress.forced and missing:
        lines.extend(f"A line that would do it: “{ideal_line(c)}”" for c in missing[:2])
    return "\n".join(lines)


def _hints(count: int) -> str:
    return "1 hint" if count == 1 else f"{count} hints"


@dataclass(frozen=True, slots=True)
class SceneScore:
    key: str
    title: str
    score: float
    passed: bool
    forced: bool
    hints_used: int


@dataclass(frozen=True, slots=True)
class ScenarioReview:
    scenes: tuple[SceneScore, ...]
    overall: float
    hints_used: int
    forced: tuple[str, ...]  # titles of forced scenes
    practise_next: str

    def render(self) -> str:
        rows = "\n".join(
            f"- {s.title}: {round(s.score * 100)}%"
            + (" (moved on)" if s.forced else "")
            + (f", {_hints(s.hints_used)}" if s.hints_used else "")
            for s in self.scenes
        )
        forced = ", ".join(self.forced) if self.forced else "none"
        return (
            f"*Scenario review*\n{rows}\nOverall: {round(self.overall * 100)}%. "
            f"Hints used: {self.hints_used}. Scenes moved on without passing: {forced}.\n"
            f"One thing to practise next: {self.practise_next}"
        )


def review(spec: ScenarioStepSpec, state: ScenarioState) -> ScenarioReview:
    scores: list[SceneScore] = []
    gaps: list[tuple[int, int, CriterionSpec]] = []  # (-weight, order, criterion) never met
    for progress in state.scenes:
        scene = spec.scene(progress.scene_key)
        scores.append(
            SceneScore(
                scene.key,
                scene.title,
                progress.score,
                progress.passed,
                progress.forced,
                progress.hints_used,
            )
        )
        met = progress.met_keys
        gaps.extend(
            (-c.weight, 100 * len(scores) + i, c)
            for i, c in enumerate(scene.criteria)
            if c.key not in met
        )
    overall = sum(s.score for s in scores) / len(scores) if scores else 0.0
    if gaps:
        gap = min(gaps, key=lambda g: (g[0], g[1]))[2]
        practise = f"a line that {gap.check}" + (f", such as “{gap.ideal}”" if gap.ideal else ".")
    else:
        practise = "the same conversation without hints, with a tougher opening."
    return ScenarioReview(
        scenes=tuple(scores),
        overall=overall,
        hints_used=sum(s.hints_used for s in scores),
        forced=tuple(s.title for s in scores if s.forced),
        practise_next=practise,
    )
