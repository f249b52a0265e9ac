"""Typed, versioned conversation state kept on an enrolment (JSONB `enrolments.step_state`).

The JSON stays flat and keeps the keys rows had before it was versioned (`locked_until`,
`adhoc`, `summary`, `part`, `mood`, `smart`, `answers`), plus `v`, the schema version: the
nudge planner reads `locked_until` in SQL, and rows written before the version existed load
as version 0 through the same tolerant reader. Unknown keys are ignored, never an error.
The current step's own state is read by the state classes the step types registered
(`engine.steps.progress`); a new step type's state sits under its own key, versioned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from engine.scenarios.state import ScenarioState
from engine.steps._fields import loose_str, of_type, str_list
from engine.steps.progress import STATE_CLASSES, StepState

STATE_VERSION = 1
# The keys the JSON already uses; a `KeyedState` of a new step type takes another one.
TAKEN_KEYS = frozenset(
    {"v", "locked_until", "adhoc", "summary", "safety", "follow_up", "follow_up_asked", "confirm"}
    | {"part", "mood", "smart", "answers", "goal", "extract", "scenario", "conversation"}
)


@dataclass(slots=True)
class CheckInProgress:
    """A two-part check-in (mood, then goal progress) half answered."""

    part: str = ""  # "" = not started, "mood" or "progress"
    mood: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.part:
            out["part"] = self.part
        if self.mood is not None:
            out["mood"] = self.mood
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> CheckInProgress:
        return cls(part=loose_str(raw, "part"), mood=of_type(raw, "mood", int, None))

    @classmethod
    def read(cls, raw: dict[str, Any]) -> CheckInProgress | None:
        """Flat keys (`part`, `mood`), as rows had them before the version existed."""
        return cls.from_json(raw) if "part" in raw or "mood" in raw else None


@dataclass(slots=True)
class SmartGoalDraft:
    """The SMART parts found so far, every answer given, and the goal sentence drafted.

    `goal` is the one sentence the person is shown; with `confirming` it waits for their
    yes (JSON `part: "confirm"`), without it the next answer edits it. A revision starts
    with the current goal as `goal`.
    """

    smart: dict[str, str] = field(default_factory=dict)
    answers: list[str] = field(default_factory=list)
    goal: str = ""
    confirming: bool = False

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"smart": dict(self.smart), "answers": list(self.answers)}
        if self.goal:
            out["goal"] = self.goal
        if self.confirming:
            out["part"] = "confirm"
        return out

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> SmartGoalDraft:
        goal = of_type(raw, "goal", str, "")
        return cls(
            smart={str(k): str(v) for k, v in of_type(raw, "smart", dict, {}).items()},
            answers=str_list(raw, "answers"),
            goal=goal,
            confirming=raw.get("part") == "confirm" and bool(goal),
        )

    @classmethod
    def read(cls, raw: dict[str, Any]) -> SmartGoalDraft | None:
        """Flat keys (`smart`, `answers`, `goal`, `part`)."""
        return cls.from_json(raw) if "smart" in raw or "answers" in raw else None


@dataclass(slots=True)
class ExtractProgress:
    """A profile step under way: the field last asked, how often each was asked, what was
    declined, and the time zone phase (`zone`: None = not reached, "" = asked, else offered)."""

    asking: str = ""
    asks: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    zone: str | None = None
    zone_asks: int = 0

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"asking": self.asking, "asks": dict(self.asks)}
        out["skipped"] = list(self.skipped)
        if self.zone is not None:
            out["zone"], out["zone_asks"] = self.zone, self.zone_asks
        return {"extract": out}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ExtractProgress:
        asks = of_type(raw, "asks", dict, {})
        return cls(
            asking=loose_str(raw, "asking"),
            asks={str(k): int(v) for k, v in asks.items() if isinstance(v, int)},
            skipped=str_list(raw, "skipped"),
            zone=of_type(raw, "zone", str, None),
            zone_asks=of_type(raw, "zone_asks", int, 0),
        )

    @classmethod
    def read(cls, raw: dict[str, Any]) -> ExtractProgress | None:
        extract = raw.get("extract")
        return cls.from_json(extract) if isinstance(extract, dict) else None


@dataclass(slots=True)
class GoalRevision:
    """`revise goal` was typed: the goal is coached again (`draft`) and confirmed."""

    draft: SmartGoalDraft = field(default_factory=SmartGoalDraft)


@dataclass(slots=True)
class ScenarioProgress:
    """A scenario step under way: the scenes so far (its own versioned JSON, under `scenario`)."""

    scenario: ScenarioState

    def to_json(self) -> dict[str, Any]:
        return {"scenario": self.scenario.to_json()}

    @classmethod
    def read(cls, raw: dict[str, Any]) -> ScenarioProgress | None:
        scenario = raw.get("scenario")
        if not isinstance(scenario, dict):
            return None
        try:
            return cls(ScenarioState.from_json(scenario))
        except (KeyError, TypeError, ValueError):  # unreadable: the scenario starts afresh
            return None


@dataclass(slots=True)
class ConversationProgress:
    """A conversation step under way (under `conversation`): the exchanges so far, the
    passages used, and — once it has ended — its summary while the rating is asked."""

    turns: list[tuple[str, str]] = field(default_factory=list)  # (role, text)
    used: list[dict[str, Any]] = field(default_factory=list)  # context_used entries
    started_at: str = ""  # ISO time of the first turn
    summary: str | None = None  # set when it ended: the rating question is pending
    end_reason: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "turns": [list(t) for t in self.turns],
            "used": list(self.used),
            "started_at": self.started_at,
        }
        if self.summary is not None:
            out["summary"] = self.summary
            out["end_reason"] = self.end_reason
        return {"conversation": out}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> ConversationProgress:
        turns = of_type(raw, "turns", list, [])
        return cls(
            turns=[(str(t[0]), str(t[1])) for t in turns if isinstance(t, list) and len(t) == 2],
            used=[u for u in of_type(raw, "used", list, []) if isinstance(u, dict)],
            started_at=loose_str(raw, "started_at"),
            summary=of_type(raw, "summary", str, None),
            end_reason=loose_str(raw, "end_reason"),
        )

    @classmethod
    def read(cls, raw: dict[str, Any]) -> ConversationProgress | None:
        conversation = raw.get("conversation")
        return cls.from_json(conversation) if isinstance(conversation, dict) else None


Adhoc = CheckInProgress | GoalRevision


@dataclass(slots=True)
class ConversationState:
    """Where the conversation is, beyond the week/step counters of the enrolment."""

    locked_until: datetime | None = None  # the next week opens then
    adhoc: Adhoc | None = None  # a check-in or goal revision outside the program's steps
    week_summary: str | None = None  # the reflection's summary, kept until the week ends
    step: StepState | None = None  # the current step's own progress
    safety_check: bool = False  # a crisis reply was given: check in gently before coaching
    safety_asked: bool = False  # ... and "are you safe right now?" was asked
    follow_up: str | None = None  # the week opened asking how last week's action went
    follow_up_asked: bool = False  # ... and a reply that said nothing was asked about once

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"v": STATE_VERSION}
        if self.locked_until is not None:
            out["locked_until"] = self.locked_until.isoformat()
        if isinstance(self.adhoc, GoalRevision):
            out["adhoc"] = {"kind": "goal", **self.adhoc.draft.to_json()}
        elif self.adhoc is not None:
            out["adhoc"] = {"part": self.adhoc.part or "mood", **self.adhoc.to_json()}
        if self.week_summary is not None:
            out["summary"] = self.week_summary
        if self.step is not None:
            out.update(self.step.to_json())
        if self.safety_check:
            out["safety"] = "asked" if self.safety_asked else "check"
        if self.follow_up is not None:
            out["follow_up"] = self.follow_up
            if self.follow_up_asked:
                out["follow_up_asked"] = True
        return out

    @classmethod
    def from_json(cls, raw: object) -> ConversationState:
        """Read any stored version (0 = the unversioned dict); unknown keys are ignored."""
        if not isinstance(raw, dict):
            return cls()
        return cls(
            locked_until=_timestamp(raw.get("locked_until")),
            adhoc=_adhoc(raw.get("adhoc")),
            week_summary=of_type(raw, "summary", str, None),
            step=_step(raw),
            safety_check=raw.get("safety") in ("check", "asked"),
            safety_asked=raw.get("safety") == "asked",
            follow_up=of_type(raw, "follow_up", str, None),
            follow_up_asked=raw.get("follow_up_asked") is True,
        )

    def next_step(self) -> None:
        """The step is done: its progress and any detour go, the week's summary stays."""
        self.locked_until = None
        self.adhoc = None
        self.step = None

    def new_week(self) -> None:
        """A week ends or opens: nothing of the last one is carried over."""
        self.next_step()
        self.week_summary = None
        self.follow_up = None
        self.follow_up_asked = False


def _timestamp(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _adhoc(value: object) -> Adhoc | None:
    if not isinstance(value, dict):
        return None
    if value.get("kind") == "goal":
        return GoalRevision(SmartGoalDraft.from_json(value))
    progress = CheckInProgress.from_json(value)
    return CheckInProgress(part=progress.part or "mood", mood=progress.mood)


def _step(raw: dict[str, Any]) -> StepState | None:
    """The current step's progress: the first registered state class that finds itself."""
    for state in STATE_CLASSES.readers():
        found = state.read(raw)
        if found is not None:
            return found
    return None
