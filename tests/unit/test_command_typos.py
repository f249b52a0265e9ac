"""A mistyped command gets "Did you mean …?"; short words and real answers never do."""

from __future__ import annotations

import pytest

from engine.commands.typos import guess, mistyped, one_edit
from engine.programs.model import ChoiceStep, ExtractStep, QuestionStep, ScaleStep, StepSpec

QUESTION = QuestionStep(type="question", key="why", prompt="Why does this matter to you?")
SCALE = ScaleStep(type="scale", key="mood", prompt="How are you, 1-10?")
CHOICE = ChoiceStep.model_validate(
    {
        "type": "choice",
        "key": "area",
        "prompt": "Which area?",
        "options": [
            {"label": "Status updates", "value": "status_updates"},
            {"label": "Sleep", "value": "sleep"},
        ],
    }
)


def said(text: str, step: StepSpec | None = None, *, free_text: bool = False) -> str | None:
    return guess(text, step, free_text=free_text, safety_check=False)


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("satus", "status"),
        ("stauts", "status"),
        ("Satus", "status"),
        ("/satus", "status"),
        ("/coach satus", "status"),
        ("satus?", "status"),
        ("setings", "settings"),
        ("pasue", "pause"),
        ("pasue my program", "pause my program"),
        ("snoze 3h", "snooze 3h"),
        ("qiet hours 22:00-07:00", "quiet hours 22:00-07:00"),
        ("chekc in", "check in"),
        ("strat career-6-weeks", "start career-6-weeks"),
        ("rtae 4", "rate 4"),
    ],
)
def test_a_mistyped_command_is_named_and_not_run(text: str, meant: str) -> None:
    reply = said(text, SCALE)
    assert reply is not None and f"Did you mean `{meant}`?" in reply, reply
    assert "haven't done anything" in reply


@pytest.mark.parametrize(
    "text",
    [
        "stats",  # a real word
        "state",
        "set",  # too short to guess at
        "sleep",
        "later",  # the command itself, nothing to correct
        "pause",
        "status",
        "stark",
        "quite",
        "hell",
        "pasue for a moment and think",  # the rest is no argument of `pause`
        "snoze, I am so tired",
        "strat Stuart",  # a program's key has a dash or a digit
        "joni mitchell",
        "rtae",  # `rate` takes a score
        "schedule a call with my boss",
        "schedule meeting",
        "",
    ],
)
def test_look_alikes_and_answers_are_not_guessed_at(text: str) -> None:
    assert said(text, SCALE) is None
    assert said(text) is None


def test_a_schedule_with_an_unknown_day_says_so() -> None:
    reply = said("schedule funday 09:00", QUESTION)
    assert reply is not None and "I don't know the day “funday”" in reply
    assert "schedule sunday 09:00" in reply  # one letter from a day: offered, not set
    reply = said("schedule blursday 9:00")
    assert reply is not None and "blursday" in reply and "mon,wed,fri" in reply
    fixed = said("schedule thrusday 08:30")
    assert fixed is not None and "`schedule thursday 08:30`" in fixed


def test_a_bare_word_where_a_one_word_answer_is_plausible() -> None:
    extract = ExtractStep.model_validate(
        {
            "type": "extract",
            "key": "me",
            "prompt": "Your name?",
            "fields": [{"name": "name", "description": "their name"}],
        }
    )
    assert said("satus", extract) is None  # a name or a team: not guessed at
    assert said("snoze 3h", extract) is not None  # arguments say it is the command
    assert said("hlep", QUESTION) is None  # 4 letters at a free-text question
    assert said("hlep", QUESTION, free_text=False) is None
    assert said("hlep", SCALE) is None  # at a step, 4 letters are too often a word
    assert said("hlep") is not None  # where nothing waits for an answer
    assert said("hlep", None, free_text=True) is None  # a follow-up waits
    assert said("satus", QUESTION) is not None  # 5 letters, no word: a command
    assert guess("satus", SCALE, free_text=False, safety_check=True) is None


@pytest.mark.parametrize(
    "text",
    ["pausa", "Pausen", "progreso", "profil", "continua", "resumen", "statut", "Kate 5", "Quien 5"],
)
def test_words_of_other_languages_and_names_are_answers(text: str) -> None:
    assert said(text, SCALE) is None and said(text, QUESTION) is None


def test_an_option_of_the_choice_is_never_a_typo() -> None:
    assert said("stauts updates", CHOICE) is None  # the option, mistyped
    assert said("satus", CHOICE) is None  # close enough to "Status updates" to be it
    assert said("setings", CHOICE) is not None


def test_one_edit() -> None:
    assert one_edit("satus", "status") and one_edit("stauts", "status")
    assert one_edit("hlep", "help") and one_edit("snoze", "snooze")
    assert not one_edit("status", "status") and not one_edit("sutats", "status")
    assert not one_edit("stts", "status")
    assert mistyped("nxet") is not None and mistyped("nxt") is None
