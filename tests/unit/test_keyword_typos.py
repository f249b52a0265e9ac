"""The words of a command's grammar after its first word forgive a typo as the first word
does: "quiet horus of" is `quiet hours off`; free text and real words stay as typed."""

from __future__ import annotations

import pytest

from engine.commands import CommandName, parse_command
from engine.commands.keyword_typos import another_command, keyword, respelled_argument
from engine.commands.typos import guess, mistyped
from engine.programs.model import QuestionStep, ScaleStep

QUESTION = QuestionStep(type="question", key="why", prompt="Why does this matter to you?")
SCALE = ScaleStep(type="scale", key="mood", prompt="How are you, 1-10?")


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("remind me tomorow", "remind me tomorrow"),
        ("remind me latr", "remind me later"),
        ("remind me in 2 huors", "remind me in 2 hours"),
        ("snooze for 2 huors", "snooze for 2 hours"),
        ("snoze tomorow", "snooze tomorrow"),  # the command word and its argument
        ("remidn me tomorow", "remind me tomorrow"),
        ("quiet hours of", "quiet hours off"),  # a doubled letter typed once
        ("quiet hours offf", "quiet hours off"),
        ("quiet horus off", "quiet hours off"),
        ("qiet hours of", "quiet hours off"),
        ("set chekin time 9:00", "set checkin time 9:00"),
        ("chekc in tiems 9:00", "check in times 9:00"),
        ("stop remindres", "stop reminders"),
        ("turn off remidners", "turn off reminders"),
        ("set my timzeone to Berlin", "set my timezone to Berlin"),
        ("timezoen Tokio", "timezone Tokio"),  # the zone's name is the time zone reader's
        ("away untill friday", "away until friday"),
        ("goal dnoe", "goal done"),
        ("goal progress 60 percnet", "goal progress 60 percent"),
        ("export my dtaa", "export my data"),
        ("skip this stpe", "skip this step"),
        ("show my settigns", "show my settings"),
        ("remind me on weekdyas", "remind me on weekdays"),
        ("connections of", "connections off"),
        ("i am bakc", "i am back"),
    ],
)
def test_a_mistyped_keyword_is_named_and_not_run(text: str, meant: str) -> None:
    found = mistyped(text)
    assert found is not None and found[0] == meant, found
    for step in (SCALE, QUESTION, None):
        reply = guess(text, step, free_text=False, safety_check=False)
        assert reply is not None and f"Did you mean `{meant}`?" in reply
        assert "haven't done anything" in reply


@pytest.mark.parametrize(
    "text",
    [
        "tomorow I will try",  # the rest is no command's
        "I will remind my team tomorow",
        "my goal is dome",  # a real word
        "of course",
        "hours of work",
        "quiet hours are hard",
        "remind me of my gaol",
        "timezone Tokio",  # a city's name is free text: nothing to correct
        "start small",
        "set a time",
        "check in with my boss",
        "time zone issues",
        "latre",  # a bare word is a command word (`_head`) or nothing
        "set checking time 9:00",  # "checking" is a word of its own
        "snooze 3 hours and then some more words to make it long",
    ],
)
def test_answers_and_free_text_are_not_corrected(text: str) -> None:
    assert mistyped(text) is None
    assert guess(text, QUESTION, free_text=False, safety_check=False) is None


def test_a_keyword_typo_keeps_its_first_letter_and_length() -> None:
    assert keyword("tomorow") == "tomorrow" and keyword("somorrow") is None
    assert keyword("of") == "off" and keyword("onn") == "on"
    assert keyword("in") is None and keyword("at") is None and keyword("hrs") is None
    assert keyword("stip") is None  # `stop` and `step`: one edit from two keywords
    assert keyword("later") is None and keyword("layer") is None  # real words


def test_the_correctly_spelled_check_in_time_is_a_schedule() -> None:
    command = parse_command("set check-in time 9:00")
    assert command is not None and command.name is CommandName.SCHEDULE
    assert command.argument == "9:00"


def test_a_handler_offers_its_argument_respelled() -> None:
    assert respelled_argument("3 horus", lambda a: a == "3 hours") == "3 hours"
    assert respelled_argument("3 parrots", lambda a: True) is None
    assert another_command("start remindrs", CommandName.START) == "start reminders"
    assert another_command("start career-6-weeks", CommandName.START) is None
