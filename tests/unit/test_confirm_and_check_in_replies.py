"""Pure rules: what counts as a yes to "Sure?", and check-in replies that read the numbers."""

from __future__ import annotations

import pytest

from engine.commands.confirm import is_yes
from engine.steps.check_in_replies import check_in_reply


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "Yes!",
        "y",
        "yep",
        "ok",
        "sure, restart it",
        "go ahead",
        "do it",
        "ja",
        "Jawohl",
        "oui",
        "sí",
        "sim",
        "da",
        "tak",
        "evet",
        "はい",
        "是的",
        "👍",
        "yes please",
        "of course",
    ],
)
def test_agreements_in_several_languages_are_a_yes(text: str) -> None:
    assert is_yes(text)


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "nope",
        "nein",
        "non",
        "yes... no wait",
        "not sure",
        "hmm",
        "maybe",
        "",
        "cancel",
        "what happens to my answers?",
        "restart",
        "yes I don't want that",
    ],
)
def test_anything_else_is_not(text: str) -> None:
    assert not is_yes(text)


def test_a_goal_reached_on_an_ordinary_day_is_celebrated() -> None:
    reply = check_in_reply(5, 100, seed="x")
    assert "100%" in reply and "steady" not in reply and "`goal done`" in reply


def test_a_low_mood_gets_warmth_not_cheer_whatever_the_progress() -> None:
    for progress in (None, 0, 30, 60, 90):
        for seed in ("a", "b", "c"):
            reply = check_in_reply(2, progress, seed=seed)
            assert "!" not in reply and "2" in reply
            assert progress is None or f"{progress}%" in reply


def test_replies_name_the_numbers_and_differ_between_situations() -> None:
    cases = [(9, 70), (5, 40), (3, None), (None, 20), (7, 0)]
    replies = [check_in_reply(m, p, seed="s") for m, p in cases]
    for (mood, progress), reply in zip(cases, replies, strict=True):
        assert mood is None or str(mood) in reply
        assert progress is None or f"{progress}%" in reply
    assert len(set(replies)) == len(replies)


def test_a_low_middle_mood_is_met_warmly_and_steadily_never_upbeat() -> None:
    for mood in (4, 5):
        for progress in (None, 0, 30, 60, 90):
            for seed in ("a", "b", "c", "d"):
                reply = check_in_reply(mood, progress, seed=seed)
                assert "!" not in reply and "🎉" not in reply, reply
                for cheer in ("lovely", "great", "nearly", "moving", "good day", "enjoy"):
                    assert cheer not in reply.casefold(), reply
                assert str(mood) in reply
                assert progress is None or f"{progress}%" in reply
