"""A person's way through one scenario: typed, versioned, stored as JSON.

The state holds the current scene's conversation, so the judgement request of the
next turn can be rebuilt from the spec and the state alone (the turn re-plans when
they differ). Coverage is cumulative: a criterion once met stays met for the scene.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

SCHEMA_VERSION = 1
PERSON = "person"  # the speaker of the person's own lines


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a scene's conversation; `speaker` is `person` or a persona key."""

    speaker: str
    text: str


@dataclass(frozen=True, slots=True)
class MetCriterion:
    """A criterion met, with the person's own words that show it."""

    key: str
    quote: str
    attempt: int
    weight: int


@dataclass(frozen=True, slots=True)
class TurnVerdict:
    """What the judge said on one turn, with the model and prompt version that said it."""

    attempt: int
    met: tuple[str, ...]
    note: str
    model: str
    prompt_version: str
    latency_ms: int | None = None  # None: the offline persona (no call)
    context: Mapping[str, Any] = field(default_factory=dict)  # what the judge was given


@dataclass(frozen=True, slots=True)
class SceneProgress:
    scene_key: str
    total_weight: int
    started_at: datetime
    attempts: int = 0
    turns_without_progress: int = 0
    hints_used: int = 0
    hints_shown: tuple[str, ...] = ()
    met: tuple[MetCriterion, ...] = ()
    transcript: tuple[Line, ...] = ()
    verdicts: tuple[TurnVerdict, ...] = ()
    passed: bool = False
    forced: bool = False
    feedback: str = ""
    ended_at: datetime | None = None

    @property
    def weight_met(self) -> int:
        return sum(m.weight for m in self.met)

    @property
    def score(self) -> float:
        """Share of the scene's weight met, 0–1."""
        return min(1.0, self.weight_met / self.total_weight) if self.total_weight else 0.0

    @property
    def met_keys(self) -> frozenset[str]:
        return frozenset(m.key for m in self.met)

    @property
    def seconds_spent(self) -> int:
        if self.ended_at is None:
            return 0
        return max(0, int((self.ended_at - self.started_at).total_seconds()))

    @property
    def done(self) -> bool:
        return self.ended_at is not None


@dataclass(frozen=True, slots=True)
class ScenarioState:
    """`scene_index` points at the current scene; `scenes` holds every scene started so far."""

    started_at: datetime
    scene_index: int = 0
    scenes: tuple[SceneProgress, ...] = ()
    ended_at: datetime | None = None
    schema_version: int = field(default=SCHEMA_VERSION)

    @property
    def done(self) -> bool:
        return self.ended_at is not None

    @property
    def current(self) -> SceneProgress:
        return self.scenes[self.scene_index]

    def with_current(self, progress: SceneProgress) -> ScenarioState:
        scenes = (*self.scenes[: self.scene_index], progress, *self.scenes[self.scene_index + 1 :])
        return replace(self, scenes=scenes)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "started_at": self.started_at.isoformat(),
            "ended_at": _iso(self.ended_at),
            "scene_index": self.scene_index,
            "scenes": [_scene_json(s) for s in self.scenes],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ScenarioState:
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise ValueError(f"unknown scenario state schema version {version!r}")
        return cls(
            started_at=datetime.fromisoformat(data["started_at"]),
            ended_at=_dt(data.get("ended_at")),
            scene_index=int(data["scene_index"]),
            scenes=tuple(_scene_from(s) for s in data["scenes"]),
        )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def verdict_json(v: TurnVerdict) -> dict[str, Any]:
    """A verdict as stored (in the step state and in the scene's row)."""
    return {
        "attempt": v.attempt,
        "met": list(v.met),
        "note": v.note,
        "model": v.model,
        "prompt_version": v.prompt_version,
        "latency_ms": v.latency_ms,
        "context": dict(v.context),
    }


def _scene_json(s: SceneProgress) -> dict[str, Any]:
    return {
        "scene_key": s.scene_key,
        "total_weight": s.total_weight,
        "started_at": s.started_at.isoformat(),
        "ended_at": _iso(s.ended_at),
        "attempts": s.attempts,
        "turns_without_progress": s.turns_without_progress,
        "hints_used": s.hints_used,
        "hints_shown": list(s.hints_shown),
        "met": [
            {"key": m.key, "quote": m.quote, "attempt": m.attempt, "weight": m.weight}
            for m in s.met
        ],
        "transcript": [{"speaker": ln.speaker, "text": ln.text} for ln in s.transcript],
        "verdicts": [verdict_json(v) for v in s.verdicts],
        "passed": s.passed,
        "forced": s.forced,
        "feedback": s.feedback,
    }


def _scene_from(d: dict[str, Any]) -> SceneProgress:
    return SceneProgress(
        scene_key=d["scene_key"],
        total_weight=int(d["total_weight"]),
        started_at=datetime.fromisoformat(d["started_at"]),
        ended_at=_dt(d.get("ended_at")),
        attempts=int(d["attempts"]),
        turns_without_progress=int(d["turns_without_progress"]),
        hints_used=int(d["hints_used"]),
        hints_shown=tuple(d["hints_shown"]),
        met=tuple(MetCriterion(**m) for m in d["met"]),
        transcript=tuple(Line(**ln) for ln in d["transcript"]),
        verdicts=tuple(
            TurnVerdict(
                attempt=int(v["attempt"]),
                met=tuple(v["met"]),
                note=v["note"],
                model=v["model"],
                prompt_version=v["prompt_version"],
                latency_ms=v.get("latency_ms"),  # absent from states stored before
                context=v.get("context") or {},
            )
            for v in d["verdicts"]
        ),
        passed=bool(d["passed"]),
        forced=bool(d["forced"]),
        feedback=d["feedback"],
    )
