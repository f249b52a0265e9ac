"""Step types are pure: a view and a coach result in, an outcome out (no database)."""

from __future__ import annotations

from engine.llm.types import CoachResult
from engine.programs.model import ProgramSpec, StepSpec
from engine.steps import CheckInRecord, GoalRecord, StepView, step_type
from engine.steps.state import CheckInProgress, SmartGoalDraft

PROGRAM = ProgramSpec.model_validate(
    {
        "slug": "unit",
        "title": "Unit",
        "weeks": [
            {
                "title": "One",
                "steps": [
                    {
                        "type": "question",
                        "key": "why",
                        "prompt": "Why?",
                        "hints": ["Think of a time it went well."],
                        "requires": [{"key": "reason", "label": "a reason"}],
                        "max_attempts": 3,
                    },
                    {"type": "check_in", "key": "mood", "prompt": "How are you?"},
                    {"type": "scale", "key": "energy", "prompt": "Energy?", "records": "mood"},
                    {"type": "smart_goal", "key": "goal", "prompt": "Your goal?"},
                ],
            }
        ],
    }
)


def _view(
    index: int, *, attempt_no: int = 1, state: object = None, goal: str | None = None
) -> StepView:
    step: StepSpec = PROGRAM.weeks[0].steps[index]
    return StepView(
        program=PROGRAM,
        enrolment_id=7,
        week=1,
        step=step,
        attempt_no=attempt_no,
        hints_used=0,
        state=state,  # type: ignore[arg-type]
        current_goal=goal,
    )


def test_complete_with_missing_items_counts_as_incomplete() -> None:
    view = _view(0)
    result = CoachResult(reply="Tell me more.", complete=True, missing=("reason",))
    outcome = step_type(view.step).apply(view, "because", result)
    assert not outcome.done
    assert outcome.attempt is not None and not outcome.attempt.valid


def test_a_second_incomplete_answer_gets_the_next_hint_and_the_last_moves_on() -> None:
    second = _view(0, attempt_no=2)
    result = CoachResult(reply="Almost.", complete=False, missing=("reason",))
    outcome = step_type(second.step).apply(second, "hmm", result)
    assert outcome.hint_given and outcome.replies[-1].text.startswith("Hint:")
    last = _view(0, attempt_no=3)
    forced = step_type(last.step).apply(last, "hmm", result)
    assert forced.done and forced.attempt is not None and forced.attempt.forced


def test_a_check_in_takes_mood_then_progress_and_only_then_records() -> None:
    goal = "walk 30 minutes a day"
    view = _view(1, goal=goal)
    kind = step_type(view.step)
    assert kind.judgement(view, "7") is None  # numbers need no coach
    first = kind.apply(view, "7", None)
    assert not first.done and first.state == CheckInProgress(part="progress", mood=7)
    assert first.records == ()
    second_view = _view(1, state=first.state, goal=goal)
    assert kind.judgement(second_view, "40") is None
    done = kind.apply(second_view, "40", None)
    assert done.done and done.records == (CheckInRecord(mood=7, progress=40),)
    assert "40%" in done.replies[0].text and "7" in done.replies[0].text


def test_without_a_goal_a_check_in_asks_no_progress() -> None:
    view = _view(1)
    done = step_type(view.step).apply(view, "6", None)
    assert done.done and done.records == (CheckInRecord(mood=6, progress=None),)
    assert "how far along" not in " ".join(r.text for r in done.replies)


def test_progress_accepts_n_a_and_asks_for_a_percentage_when_a_word_number_is_ambiguous() -> None:
    goal = "read 10 books"
    asked = CheckInProgress(part="progress", mood=5)
    kind = step_type(_view(1).step)
    word = kind.apply(_view(1, state=asked, goal=goal), "one", None)
    assert not word.done and word.records == ()
    assert "percentage" in word.replies[0].text
    for answer in ("n/a", "no goal", "N/A."):
        skipped = kind.apply(_view(1, state=asked, goal=goal), answer, None)
        assert skipped.done and skipped.records == (CheckInRecord(mood=5, progress=None),)
    ten = kind.apply(_view(1, state=asked, goal=goal), "10%", None)
    assert ten.records == (CheckInRecord(mood=5, progress=10),)


def test_an_unreadable_scale_answer_is_asked_again_with_the_buttons() -> None:
    view = _view(2)
    kind = step_type(view.step)
    assert kind.judgement(view, "7 or 8") is None
    outcome = kind.apply(view, "7 or 8", None)
    assert not outcome.done and outcome.replies[0].choices
    assert outcome.attempt is not None and not outcome.attempt.valid


def test_smart_parts_accumulate_and_the_sentence_shown_is_recorded_after_a_yes() -> None:
    kind = step_type(_view(3).step)
    parts = {"specific": "walk", "measurable": "30 min", "achievable": "yes"}
    first = kind.apply(_view(3), "walk 30 min", CoachResult("Good", False, smart=parts))
    assert not first.done and first.records == ()
    rest = {"relevant": "energy", "time_bound": "4 weeks"}
    view = _view(3, attempt_no=2, state=first.state)
    sentence = "I will walk 30 minutes a day for 4 weeks, for more energy"
    result = CoachResult("Great", False, smart=rest, goal=sentence)
    second = kind.apply(view, "for 4 weeks", result)
    assert not second.done and second.records == (), "nothing is stored before a yes"
    assert isinstance(second.state, SmartGoalDraft) and len(second.state.answers) == 2
    assert second.state.confirming and second.state.goal == sentence
    assert f"Here's your goal: {sentence}. Keep it?" in second.replies[-1].text
    confirm = _view(3, attempt_no=3, state=second.state)
    assert kind.judgement(confirm, "yes please") is None, "a yes needs no coach"
    third = kind.apply(confirm, "yes please", None)
    assert third.done
    assert third.records == (GoalRecord(sentence, {**parts, **rest}, revises_active=False),)
