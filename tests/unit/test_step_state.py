"""Typed conversation state: versioned JSON, and rows written before the version still load."""

from __future__ import annotations

from datetime import UTC, datetime

from engine.steps.state import (
    STATE_VERSION,
    CheckInProgress,
    ConversationState,
    GoalRevision,
    SmartGoalDraft,
)


def test_a_round_trip_keeps_every_field_and_writes_the_version() -> None:
    state = ConversationState(
        locked_until=datetime(2026, 12, 1, 8, 0, tzinfo=UTC),
        adhoc=CheckInProgress(part="progress", mood=6),
        week_summary="A good week.",
        step=SmartGoalDraft(smart={"specific": "run 5k"}, answers=["run 5k"]),
        safety_check=True,
        safety_asked=True,
    )
    raw = state.to_json()
    assert raw["v"] == STATE_VERSION
    assert ConversationState.from_json(raw) == state


def test_unversioned_rows_load_with_their_old_keys() -> None:
    old = {
        "locked_until": "2026-11-30T08:00:00+01:00",
        "summary": "Learned to say no.",
        "part": "progress",
        "mood": 7,
    }
    state = ConversationState.from_json(old)
    assert state.locked_until == datetime.fromisoformat(old["locked_until"])
    assert state.week_summary == "Learned to say no."
    assert state.step == CheckInProgress(part="progress", mood=7)
    assert ConversationState.from_json({"adhoc": {"kind": "goal"}}).adhoc == GoalRevision()
    assert ConversationState.from_json({"adhoc": {"part": "mood"}}).adhoc == CheckInProgress(
        part="mood"
    )
    goal = ConversationState.from_json({"smart": {"measurable": "3x"}, "answers": ["a", "b"]})
    assert goal.step == SmartGoalDraft(smart={"measurable": "3x"}, answers=["a", "b"])


def test_the_reader_is_tolerant_of_junk() -> None:
    assert ConversationState.from_json(None) == ConversationState()
    junk = {"locked_until": "not a date", "mood": "seven", "adhoc": 3, "extra": [1]}
    state = ConversationState.from_json(junk)
    assert state.locked_until is None and state.adhoc is None
    assert state.step == CheckInProgress(part="", mood=None)


def test_the_json_keeps_the_keys_the_nudge_planner_reads() -> None:
    opens = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    raw = ConversationState(locked_until=opens, step=CheckInProgress(part="progress")).to_json()
    assert raw["locked_until"] == opens.isoformat() and raw["part"] == "progress"


def test_a_new_step_keeps_the_week_summary_and_a_new_week_does_not() -> None:
    state = ConversationState(week_summary="s", step=CheckInProgress(part="mood"))
    state.next_step()
    assert state.week_summary == "s" and state.step is None
    state.new_week()
    assert state.week_summary is None
