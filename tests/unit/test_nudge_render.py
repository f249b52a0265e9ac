"""What nudges say."""

from __future__ import annotations

import pytest

from engine.nudges.render import CHECKIN_REF, render_nudge


def test_checkin_reminder_has_ten_mood_buttons_the_engine_understands() -> None:
    question, hint = render_nudge(
        "check_in", {"local_date": "2026-06-10"}, {"program_title": "Focus"}
    )
    assert "*Focus*" in question.text and question.choice_ref == CHECKIN_REF
    assert [c.label for c in question.choices] == [str(n) for n in range(1, 11)]
    assert question.choices[6].value == "mood:7"
    assert "remind me in 2 hours" in hint.text


def test_week_unlocked_names_week_program_and_title() -> None:
    opened, start = render_nudge(
        "week_unlocked", {"week": 3}, {"program_title": "Focus", "week_title": "Deep work"}
    )
    assert opened.text == "Week 3 of *Focus* is open: Deep work"
    assert start.text.startswith("Start week 3")


def test_goal_deadline_and_reengagement() -> None:
    [goal] = render_nudge(
        "goal_deadline", {"goal_id": 1, "deadline": "2026-07-10"}, {"goal_description": "Run 5k"}
    )
    assert "Fri 10 Jul" in goal.text and "Run 5k" in goal.text
    [again] = render_nudge("re_engage", {"count": 1}, {"program_title": "Focus"})
    assert "`next`" in again.text


def test_unknown_kind_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown nudge kind"):
        render_nudge("birthday", {}, {})
