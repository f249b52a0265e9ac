"""Chart specifications for the dashboard: plain data that static/admin.js hands to Chart.js.

Points of groups under the privacy threshold are None (a gap in the chart), never a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from engine.analytics import (
    ConnectionOutcomeRow,
    DropOffRow,
    EngagementDistribution,
    LlmCostDay,
    NudgeOutcomeRow,
    SceneOutcomeRow,
    StepFunnelRow,
    VariantRow,
    WeekFunnelRow,
    WellbeingRow,
)

BLUE = "#2f6fdf"
TEAL = "#1a9c8c"
AMBER = "#e0a100"
RED = "#d0463b"
GREY = "#98a2b3"
PURPLE = "#7a5af8"


def _dataset(label: str, data: Sequence[Any], color: str, **extra: Any) -> dict[str, Any]:
    return {
        "label": label,
        "data": [None if v is None else float(v) for v in data],
        "color": color,
        **extra,
    }


def _chart(
    kind: str, labels: Sequence[str], datasets: Sequence[dict[str, Any]], **options: Any
) -> dict[str, Any]:
    """A chart of `kind` ("bar", "line"): a label and a point of each dataset per group."""
    return {"type": kind, "labels": list(labels), "datasets": list(datasets), "options": options}


def _step_labels(rows: Sequence[StepFunnelRow | DropOffRow]) -> list[str]:
    """A step's label: week, position from 1, and key ("2.3 reflect")."""
    return [f"{r.week}.{r.position + 1} {r.step_key}" for r in rows]


def week_funnel_chart(rows: Sequence[WeekFunnelRow]) -> dict[str, Any]:
    return _chart(
        "bar",
        [f"Week {r.week}" for r in rows],
        [
            _dataset("Reached", [r.reached for r in rows], BLUE),
            _dataset("Completed", [r.completed for r in rows], TEAL),
        ],
        yTitle="enrolments",
    )


def step_funnel_chart(rows: Sequence[StepFunnelRow]) -> dict[str, Any]:
    return _chart(
        "bar",
        _step_labels(rows),
        [
            _dataset("Reached", [r.reached for r in rows], BLUE),
            _dataset("Passed", [r.passed for r in rows], TEAL),
        ],
        horizontal=True,
        xTitle="enrolments",
    )


def drop_off_chart(rows: Sequence[DropOffRow]) -> dict[str, Any]:
    return _chart(
        "bar",
        _step_labels(rows),
        [_dataset("Stopped here", [r.dropped for r in rows], RED)],
        yTitle="enrolments",
    )


def wellbeing_chart(rows: Sequence[WellbeingRow]) -> dict[str, Any]:
    return _chart(
        "line",
        [f"Week {r.week}" for r in rows],
        [
            _dataset("Mood (1-10)", [r.mood_avg for r in rows], PURPLE, yAxisID="y"),
            _dataset("Goal progress (%)", [r.progress_avg for r in rows], TEAL, yAxisID="y2"),
        ],
        yMin=1,
        yMax=10,
        yTitle="mood",
        y2Title="progress %",
        y2Max=100,
    )


def engagement_chart(dist: EngagementDistribution) -> dict[str, Any]:
    return _chart(
        "bar",
        [f"{b.low}-{b.high}" for b in dist.buckets],
        [_dataset("People", [b.people for b in dist.buckets], BLUE)],
        yTitle="people",
        xTitle="engagement score",
    )


def nudge_chart(rows: Sequence[NudgeOutcomeRow]) -> dict[str, Any]:
    def unanswered(r: NudgeOutcomeRow) -> int | None:
        return None if r.sent is None or r.answered_24h is None else r.sent - r.answered_24h

    return _chart(
        "bar",
        [r.kind.replace("_", " ") for r in rows],
        [
            _dataset("Answered within 24 h", [r.answered_24h for r in rows], TEAL),
            _dataset("Sent, not answered", [unanswered(r) for r in rows], BLUE),
            _dataset("Unreachable", [r.unreachable for r in rows], RED),
            _dataset("Expired", [r.expired for r in rows], AMBER),
            _dataset("Pending", [r.pending for r in rows], GREY),
        ],
        stacked=True,
        yTitle="nudges",
    )


def llm_cost_chart(days: Sequence[LlmCostDay]) -> dict[str, Any]:
    return _chart(
        "line",
        [d.day.isoformat() for d in days],
        [
            _dataset("Cost (USD)", [d.cost_usd for d in days], BLUE, yAxisID="y"),
            _dataset("Calls", [d.calls for d in days], GREY, yAxisID="y2", type="bar"),
        ],
        yTitle="USD",
        y2Title="calls",
        yMin=0,
        maxTicks=12,
    )


def variant_chart(rows: Sequence[VariantRow]) -> dict[str, Any]:
    return _chart(
        "bar",
        [f"{r.program} · {r.variant}" for r in rows],
        [
            _dataset(
                "Completion rate (%)",
                [None if r.completion_rate is None else r.completion_rate * 100 for r in rows],
                TEAL,
            ),
            _dataset("Attempts per step", [r.attempts_per_step for r in rows], AMBER, yAxisID="y2"),
        ],
        yTitle="completion %",
        yMax=100,
        yMin=0,
        y2Title="attempts",
    )


def scene_chart(rows: Sequence[SceneOutcomeRow]) -> dict[str, Any]:
    """Average score, hint and forced-progression rates per scene (0-100 %)."""

    def pct(value: float | None) -> float | None:
        return None if value is None else round(value * 100, 1)

    return _chart(
        "bar",
        [f"{r.step_key.replace('_', ' ')} · {r.scene_key}" for r in rows],
        [
            _dataset("Average score", [pct(r.avg_score) for r in rows], TEAL),
            _dataset("Hint used", [pct(r.hint_rate) for r in rows], AMBER),
            _dataset("Forced forward", [pct(r.forced_rate) for r in rows], RED),
        ],
        yTitle="%",
    )


def connection_chart(rows: Sequence[ConnectionOutcomeRow]) -> dict[str, Any]:
    return _chart(
        "bar",
        [r.reason_type.replace("_", " ") for r in rows],
        [
            _dataset("Accepted", [r.accepted for r in rows], TEAL),
            _dataset("Declined", [r.declined for r in rows], RED),
            _dataset("Expired", [r.expired for r in rows], AMBER),
            _dataset("Open", [r.open for r in rows], GREY),
        ],
        stacked=True,
        yTitle="suggestions",
    )
