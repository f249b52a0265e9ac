"""Simulated people: what a sincere (or a vague) participant types at each step."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.programs.model import (
    CheckInStep,
    ChoiceStep,
    ContentStep,
    ConversationStep,
    ExtractStep,
    ProgramSpec,
    QuestionStep,
    ReflectionStep,
    ScaleStep,
    SmartGoalStep,
    StepSpec,
    YesNoStep,
)
from engine.scenarios import ScenarioStepSpec

PROFILE = {
    "name": "My name is Sam Rivera.",
    "role": "I'm a backend engineer at a logistics company.",
    "experience_level": "senior",
    "location": "I live in Lisbon.",
    "startup_stage": "seed",
    "preferences": "I like direct, practical feedback and short messages.",
}
GOAL = (
    "I will walk for 30 minutes every morning before work, 5 days a week, for the next"
    " 4 weeks, which is realistic because I already walk to the station, and it matters"
    " because I want more energy for my kids."
)
REFLECTION = (
    "I learned that I have more energy when I plan my week on Sunday. "
    "Next week I will block two mornings for deep work and tell my team about it."
)
VAGUE = ("idk", "maybe", "not sure, something I guess", "hmm", "whatever works")

STATE_SQL = """
SELECT e.status, e.current_week, e.current_step, e.step_attempt, e.step_state
FROM enrolments e JOIN platform_identities i ON i.user_id = e.user_id
WHERE i.platform = 'console' AND i.platform_user_id = %s
ORDER BY e.id DESC LIMIT 1
"""


def _plain(keyword: str) -> str:
    return "".join(ch for ch in keyword if ch.isalnum() or ch in " -'")


def sincere_answer(step: StepSpec, part: str = "") -> str:
    if isinstance(step, QuestionStep):
        words = [_plain(r.keywords[0]) for r in step.requires if r.keywords]
        if not words:
            return "I have been thinking about this a lot and here is my honest answer."
        return "Honestly, " + ", and also ".join(f"{w} matters to me" for w in words) + "."
    if isinstance(step, ScaleStep):
        return str((step.min + step.max) // 2 + 1)
    if isinstance(step, ChoiceStep):
        return "1, 2" if step.multiple else "1"
    if isinstance(step, YesNoStep):
        return "yes"
    if isinstance(step, SmartGoalStep):  # "confirm": the goal sentence was shown, keep it
        return "yes" if part == "confirm" else GOAL
    if isinstance(step, ExtractStep):
        return " ".join(PROFILE.get(f.name, f"{f.name}: something") for f in step.fields)
    if isinstance(step, ReflectionStep):
        return REFLECTION
    if isinstance(step, CheckInStep):
        return "7" if part in ("", "mood") and step.mood else "40"
    if isinstance(step, ScenarioStepSpec):  # a line that touches every criterion's keyword
        words = [_plain(c.keywords[0]) for s in step.scenes for c in s.criteria if c.keywords]
        return "Honestly: " + ", ".join(words) + ", about 10 percent, by next Friday."
    if isinstance(step, ConversationStep):  # touches every required item; rated "4" after
        words = [_plain(r.keywords[0]) for r in step.requires if r.keywords]
        return "Honestly, " + ", and ".join(words or ["this"]) + " is what I keep coming back to."
    assert isinstance(step, ContentStep)
    return "done"


def vague_answer(step: StepSpec, n: int) -> str:
    """An answer that misses what the step asks for (free-text steps), else a sincere one."""
    if isinstance(step, QuestionStep | SmartGoalStep | ReflectionStep | ExtractStep):
        return VAGUE[n % len(VAGUE)]
    return sincere_answer(step)


@dataclass(frozen=True)
class Position:
    status: str
    week: int
    step: int
    attempt: int
    state: dict[str, Any]

    @property
    def locked(self) -> bool:
        return "locked_until" in self.state

    @property
    def part(self) -> str:
        return str(self.state.get("part", ""))

    def step_spec(self, spec: ProgramSpec) -> StepSpec | None:
        steps = spec.weeks[self.week - 1].steps
        return steps[self.step] if self.step < len(steps) else None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Position:
        return cls(
            row["status"],
            row["current_week"],
            row["current_step"],
            row["step_attempt"],
            row["step_state"] or {},
        )
