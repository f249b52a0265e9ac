"""Reading a person's message as a command, and leaving answers alone."""

from __future__ import annotations

import pytest

from engine.commands.parsing import HELP_TEXT, Command, CommandName, parse_command
from engine.load_needs import needs_background
from engine.messages import Action

C = CommandName

COMMANDS: list[tuple[str, CommandName, str]] = [
    ("help", C.HELP, ""),
    ("?", C.HELP, ""),
    ("commands", C.HELP, ""),
    ("menu", C.HELP, ""),
    ("Help!", C.HELP, ""),
    ("  HELP  ", C.HELP, ""),
    ("/help", C.HELP, ""),
    ("!help", C.HELP, ""),
    ("/coach help", C.HELP, ""),
    ("/coach", C.HELP, ""),
    ("help please", C.HELP, ""),
    ("start", C.START, ""),
    ("start focus-basics", C.START, "focus-basics"),
    ("Enrol Focus Basics", C.START, "Focus Basics"),
    ("enroll leadership-101", C.START, "leadership-101"),
    ("join leadership", C.START, "leadership"),
    ("/coach start Focus_Basics.", C.START, "Focus_Basics"),
    ("programs", C.PROGRAMS, ""),
    ("list programs", C.PROGRAMS, ""),
    ("status", C.STATUS, ""),
    ("progress", C.STATUS, ""),
    ("where am i", C.STATUS, ""),
    ("Where am I?", C.STATUS, ""),
    ("pause", C.PAUSE, ""),
    ("resume", C.RESUME, ""),
    ("continue", C.RESUME, ""),
    ("unpause", C.RESUME, ""),
    ("skip", C.SKIP, ""),
    ("skip this step", C.SKIP, ""),
    ("hint", C.HINT, ""),
    ("help me", C.HINT, ""),
    ("I need a hint", C.HINT, ""),
    ("give me a hint!", C.HINT, ""),
    ("restart", C.RESTART, ""),
    ("start over", C.RESTART, ""),
    ("next", C.NEXT, ""),
    ("what's next?", C.NEXT, ""),
    ("what\u2019s next?", C.NEXT, ""),
    ("whats next", C.NEXT, ""),
    ("what now", C.NEXT, ""),
    ("timezone Europe/Berlin", C.TIMEZONE, "Europe/Berlin"),
    ("time zone: America/New_York", C.TIMEZONE, "America/New_York"),
    ("tz Asia/Tokyo", C.TIMEZONE, "Asia/Tokyo"),
    ("timezone New York", C.TIMEZONE, "New York"),
    ("set timezone to UTC", C.TIMEZONE, "UTC"),
    ("timezone", C.TIMEZONE, ""),
    ("quiet hours 21:00-08:00", C.QUIET_HOURS, "21:00-08:00"),
    ("quiet 22-7", C.QUIET_HOURS, "22-7"),
    ("quiet hours 9pm-7am", C.QUIET_HOURS, "9pm-7am"),
    ("quiet hours off", C.QUIET_HOURS, "off"),
    ("rate 4 great practice", C.RATE, "4 great practice"),
    ("Rate 5/5", C.RATE, "5/5"),
    ("quiet hours", C.QUIET_HOURS, ""),
    ("stop reminders", C.STOP_REMINDERS, ""),
    ("no reminders", C.STOP_REMINDERS, ""),
    ("stop nudges", C.STOP_REMINDERS, ""),
    ("unsubscribe", C.STOP_REMINDERS, ""),
    ("mute", C.STOP_REMINDERS, ""),
    ("start reminders", C.START_REMINDERS, ""),
    ("resume reminders", C.START_REMINDERS, ""),
    ("reminders on", C.START_REMINDERS, ""),
    ("export my data", C.EXPORT, ""),
    ("export", C.EXPORT, ""),
    ("download my data", C.EXPORT, ""),
    ("my data", C.EXPORT, ""),
    ("delete my data", C.DELETE, ""),
    ("delete me", C.DELETE, ""),
    ("forget me", C.DELETE, ""),
    ("erase my data", C.DELETE, ""),
    ("yes delete", C.CONFIRM_DELETE, ""),
    ("yes, delete everything", C.CONFIRM_DELETE, ""),
    ("Yes, delete everything.", C.CONFIRM_DELETE, ""),
    ("confirm delete", C.CONFIRM_DELETE, ""),
    ("delete everything", C.CONFIRM_DELETE, ""),
    ("cancel", C.CANCEL, ""),
    ("never mind", C.CANCEL, ""),
    ("nevermind", C.CANCEL, ""),
    ("remind me in 2 hours", C.SNOOZE, "in 2 hours"),
    ("remind me tomorrow", C.SNOOZE, "tomorrow"),
    ("remind me tomorrow at 18:00", C.SNOOZE, "tomorrow at 18:00"),
    ("remind me on monday", C.SNOOZE, "on monday"),
    ("remind me later", C.SNOOZE, ""),
    ("snooze", C.SNOOZE, ""),
    ("snooze 3h", C.SNOOZE, "3h"),
    ("snooze for 30 minutes", C.SNOOZE, "30 minutes"),
    ("later", C.SNOOZE, ""),
    ("away until 2026-12-05", C.AWAY, "2026-12-05"),
    ("on vacation until Dec 5", C.AWAY, "Dec 5"),
    ("vacation until 5 December", C.AWAY, "5 December"),
    ("i'm away until monday", C.AWAY, "monday"),
    ("I\u2019m away until next week.", C.AWAY, "next week"),
    ("i'm back", C.BACK, ""),
    ("back", C.BACK, ""),
    ("I'm back!", C.BACK, ""),
    ("schedule mon,wed,fri 08:30", C.SCHEDULE, "mon,wed,fri 08:30"),
    ("remind me on weekdays at 9", C.SCHEDULE, "weekdays at 9"),
    ("remind me every day at 7am", C.SCHEDULE, "every day at 7am"),
    ("check-in days tue thu at 18:00", C.SCHEDULE, "tue thu at 18:00"),
    ("schedule daily at 20:00", C.SCHEDULE, "daily at 20:00"),
    ("schedule", C.SCHEDULE, ""),
    ("check in", C.CHECK_IN, ""),
    ("checkin", C.CHECK_IN, ""),
    ("check-in", C.CHECK_IN, ""),
    ("goal done", C.GOAL_DONE, ""),
    ("i reached my goal", C.GOAL_DONE, ""),
    ("I reached my goal!", C.GOAL_DONE, ""),
    ("goal completed", C.GOAL_DONE, ""),
    ("abandon goal", C.GOAL_ABANDON, ""),
    ("drop my goal", C.GOAL_ABANDON, ""),
    ("goal abandon", C.GOAL_ABANDON, ""),
    ("revise goal", C.GOAL_REVISE, ""),
    ("change my goal", C.GOAL_REVISE, ""),
    ("edit goal", C.GOAL_REVISE, ""),
    ("what's my goal?", C.GOAL_SHOW, ""),
    ("Whats my goal again", C.GOAL_SHOW, ""),
    ("what was my goal?", C.GOAL_SHOW, ""),
    ("remind me of my goal", C.GOAL_SHOW, ""),
    ("show me my goal", C.GOAL_SHOW, ""),
    ("my goal?", C.GOAL_SHOW, ""),
    ("go back", C.GO_BACK, ""),
    ("can we go back a step?", C.GO_BACK, ""),
    ("previous question", C.GO_BACK, ""),
    ("back to the last question", C.GO_BACK, ""),
    ("goal progress 60", C.GOAL_PROGRESS, "60"),
    ("goal progress 60%", C.GOAL_PROGRESS, "60"),
    ("progress 60%", C.GOAL_PROGRESS, "60"),
    ("progress: 75 percent", C.GOAL_PROGRESS, "75"),
]


@pytest.mark.parametrize(("text", "name", "argument"), COMMANDS)
def test_command_phrases_are_recognised(text: str, name: CommandName, argument: str) -> None:
    assert parse_command(text) == Command(name, argument)


ANSWERS = [
    "I want to start my own company",
    "my status at work is unclear",
    "I help people",
    "I help people grow",
    "start small and iterate",
    "Start by listing my priorities",
    "join the team meeting more often",
    "pause before reacting",
    "I would skip the meeting",
    "next time I will ask for help",
    "what's next for my team is a reorg",
    "back then I was afraid",
    "I want to go back to school",
    "going back to work after leave",
    "I need to delete my old habits",
    "remind me to call my mentor",
    "schedule a call with my boss",
    "schedule a meeting on monday",
    "my time zone is really confusing",
    "quiet please",
    "quiet hours are my best time to focus",
    "I'd like to check in with my manager weekly",
    "my goal is to run a marathon",
    "what's the goal of this step?",
    "what is the goal",
    "goal",
    "later this year I want to get promoted",
    "7",
    "yes",
    "no",
    "",
    "   ",
    "!",
]


@pytest.mark.parametrize("text", ANSWERS)
def test_ordinary_answers_are_not_commands(text: str) -> None:
    assert parse_command(text) is None


def test_command_names_are_stable_strings() -> None:
    assert CommandName.QUIET_HOURS.value == "quiet_hours"
    # + CONNECTIONS, ASK, SOURCES, RATE, SETTINGS, SWITCH, GOAL_SHOW, GO_BACK; a switch
    # question is a pending question
    assert len(CommandName) == 35


def test_help_text_mentions_every_everyday_command() -> None:
    for word in ("help", "start", "status", "pause", "resume", "skip", "hint", "snooze"):
        assert word in HELP_TEXT
    assert "quiet hours" in HELP_TEXT
    assert "delete my data" in HELP_TEXT


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("ask how do I give feedback?", "how do I give feedback"),
        ("Ask: micromanaging boss", "micromanaging boss"),
        ("ask what's the capital of France?", "what's the capital of France"),
        ("ask I can't sleep, what can I do?", "I can't sleep, what can I do"),
        ("/coach ask about SMART goals", "about SMART goals"),
        ("ask", ""),
    ],
)
def test_ask_takes_the_question_as_its_argument(text: str, question: str) -> None:
    assert parse_command(text) == Command(CommandName.ASK, question)


@pytest.mark.parametrize("text", ["ask my manager for feedback", "ask Sam to review it"])
def test_an_answer_that_starts_with_ask_is_not_a_question_for_the_knowledge_base(
    text: str,
) -> None:
    assert parse_command(text) is None


@pytest.mark.parametrize(
    "text", ["What did you base that on?", "sources", "where is that from?", "what's that based on"]
)
def test_asking_for_the_sources_of_the_last_answer(text: str) -> None:
    assert parse_command(text) == Command(CommandName.SOURCES)


@pytest.mark.parametrize(
    ("text", "needed"),
    [
        ("status", False),
        ("help", False),
        ("what's my goal?", False),
        ("start", False),
        ("start journaling", True),  # an answer mid-step when no program is called that
        ("continue", True),  # "continue" on a content step answers it
        ("skip", True),
        ("hint", True),
        ("ask how do I keep going?", True),
        ("I ran three times this week", True),
    ],
)
def test_only_a_plain_command_is_routed_without_the_background(text: str, needed: bool) -> None:
    assert needs_background(text, None) is needed
    assert needs_background(text, Action("step", "1")) is True
