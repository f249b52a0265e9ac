"""Pure readers of the second new-person round: face emoji on a mood scale, whether a
reply edits a drafted goal, and scene lines that are said to the coach."""

from __future__ import annotations

import pytest

from engine.scenarios import parse_control
from engine.steps.goal_edit_reading import edits_the_goal
from engine.steps.mood_emoji import mood_from_emoji

GOAL = "I will walk for 15 minutes after lunch today because I sit too much"


@pytest.mark.parametrize(
    ("text", "low", "high", "value"),
    [
        ("😐", 1, 10, 5),
        ("😐", 1, 5, 3),
        ("🙂 ", 1, 10, 7),
        ("😄!", 1, 10, 9),
        ("😞😞", 1, 10, 3),
        ("👍🏽", 1, 10, 7),
        ("☹️", 1, 10, 3),
        ("😭", 0, 100, 10),
    ],
)
def test_a_face_is_a_share_of_the_way_up_the_scale(
    text: str, low: int, high: int, value: int
) -> None:
    assert mood_from_emoji(text, low=low, high=high) == value


@pytest.mark.parametrize("text", ["🚗", "😄😭", "😐 7", "meh 😐", "", "?"])
def test_no_face_faces_that_disagree_or_words_beside_them_are_no_reading(text: str) -> None:
    assert mood_from_emoji(text, low=1, high=10) is None


@pytest.mark.parametrize(
    "text",
    [
        "every morning instead",
        "make it 3 times a week",
        "tomorrow",
        "20 minutes",
        "by Friday",
        "I'll walk for 15 minutes at 13:00 tomorrow",
        "No wait. Make it 10 minutes.",
        "shorter",
    ],
)
def test_a_clear_edit_edits_the_goal(text: str) -> None:
    assert edits_the_goal(GOAL, text)


@pytest.mark.parametrize(
    "text",
    [
        "Noticed I sit too much. Next: walk after lunch tomorrow",
        "noticed I sit too much, next: walk after lunch tomorrow",
        "I learned that I need a reminder. I will set an alarm at 13:00",
        "my colleague says walking meetings are great, we tried one yesterday",
        "hmm",
    ],
)
def test_something_said_beside_the_goal_does_not_edit_it(text: str) -> None:
    assert not edits_the_goal(GOAL, text)


@pytest.mark.parametrize(
    ("text", "control"),
    [
        ("sorry what should I say?", "hint"),
        ("sorry, what should I say here?", "hint"),
        ("um, what do I say now?", "hint"),
        ("I'm stuck, can I get a hint", "hint"),
        ("any tips?", "hint"),
        ("what should I do in this scene?", "hint"),
        ("coach, what should I do?", "hint"),
        ("help, I'm stuck", "hint"),
        ("can we do this practice another time?", "pause"),
        ("let's stop the scene here for now", "pause"),
        ("sorry, I have to go, can we finish the roleplay later?", "pause"),
        ("I need a break from this practice", "pause"),
        ("stop the role-play", "pause"),
        ("pause the scene", "pause"),
        ("stop", "pause"),
        ("Stop.", "pause"),
        ("quit", "pause"),
        ("exit now", "pause"),
        ("end scene", "end_scene"),
        ("hint", "hint"),
    ],
)
def test_words_to_the_coach_in_a_scene_are_controls(text: str, control: str) -> None:
    assert parse_control(text) == control


@pytest.mark.parametrize(
    "text",
    [
        "I don't know what to say about the budget, but I want a raise",
        "What should I say to my team if we can't afford it?",
        "I need a break from covering two roles, that's why I'm asking",
        "Can we talk about my salary?",
        "Stop interrupting me, please, I want to finish my point",
        "Not now.",
        "Maybe later.",
        "I'm not ready.",
        "I need a break.",
        "I have to go.",
        "Can we do this another time?",
        "Let's stop here for now.",
        "What should I do then?",
        "Any suggestions?",
        "Ideas?",
        "I'm lost.",
        "I'm stuck.",
    ],
)
def test_a_line_of_the_scene_that_shares_those_words_is_speech(text: str) -> None:
    assert parse_control(text) is None
