"""Pure pieces of onboarding and continuity: places → zones, declines, acks, recaps, brevity."""

from __future__ import annotations

import pytest

from engine.llm.offline._profile_talk import acknowledge, bare_value, is_decline, is_opener
from engine.llm.offline._style import shorten, wants_short
from engine.llm.types import FieldSpec
from engine.recap import first_name, recall_line, week_recap
from engine.steps.state import ConversationState, ExtractProgress
from engine.timeexpr.cities import zone_for_place


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("Porto", "Europe/Lisbon"),
        ("Porto, Portugal", "Europe/Lisbon"),
        ("near Munich", "Europe/Berlin"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Bangalore", "Asia/Kolkata"),
        ("Osaka", "Asia/Tokyo"),
        ("Europe/Madrid", "Europe/Madrid"),
        ("america/new_york", "America/New_York"),
        ("Nairobi", "Africa/Nairobi"),
    ],
)
def test_a_place_implies_its_zone(place: str, zone: str) -> None:
    assert zone_for_place(place) == zone


@pytest.mark.parametrize("place", ["remote", "a small village", "Springfield", ""])
def test_an_unknown_place_implies_nothing(place: str) -> None:
    assert zone_for_place(place) is None


@pytest.mark.parametrize(
    "text",
    [
        "skip",
        "pass",
        "I'd rather not share",
        "rather not say",
        "prefiro não dizer",
        "prefiero no decirlo",
        "lieber nicht",
        "je préfère ne pas répondre",
        "overslaan",
    ],
)
def test_declines_in_several_languages(text: str) -> None:
    assert is_decline(text)
    assert bare_value(text) is None


@pytest.mark.parametrize("text", ["Bea", "Passos", "Skipper", "Lisbon", "product designer"])
def test_values_are_not_declines(text: str) -> None:
    assert not is_decline(text)


@pytest.mark.parametrize("text", ["hi", "Hello there!", "what is this?", "who are you?", "olá"])
def test_openers_are_never_values(text: str) -> None:
    assert is_opener(text) and bare_value(text) is None


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("Bea", "Bea"),
        ("it's Bea", "Bea"),
        ("call me B.", "B"),
        ("Bea here", "Bea"),
        ("umm why", None),
        ("ok so what", None),
        ("dunno", None),
    ],
)
def test_a_bare_answer(said: str, value: str | None) -> None:
    assert bare_value(said) == value


def test_the_acknowledgement_reads_like_a_person() -> None:
    specs = [
        FieldSpec("name", "What should I call you?"),
        FieldSpec("experience_level", "How experienced?", choices=("junior", "senior")),
        FieldSpec("location", "Where?"),
    ]
    said = acknowledge({"name": "Bea", "experience_level": "senior", "location": "Porto"}, specs)
    assert said == "Nice to meet you, Bea — senior and based in Porto, noted."
    assert acknowledge({"location": "Porto"}, specs) == "Thanks — based in Porto, noted."


def test_last_weeks_action_is_recalled_in_the_second_person() -> None:
    line = recall_line(["Next week I'll message Rui about my rota."], "Bea")
    assert line == (
        "Welcome back, Bea! Last week you planned to message Rui about your rota — how did it go?"
    )
    assert recall_line(["Try: one walk a day"]) == (
        "Last week your next step was “one walk a day” — how did it go?"
    )
    assert recall_line([]) is None


def test_the_recap_uses_the_persons_words_never_counts() -> None:
    recap = week_recap(
        ["I learned that saying no early is kinder. Also other things."],
        ["yes", "I want shorter meetings because everyone is tired", "7"],
    )
    assert recap is not None
    assert "“I learned that saying no early is kinder”" in recap
    assert "“I want shorter meetings because everyone is tired”" in recap
    assert "answers" not in recap and "7" not in recap
    assert week_recap([], ["ok", "5"]) is None


def test_the_first_name() -> None:
    assert first_name({"name": "Mariana Costa"}) == "Mariana"
    assert first_name({"role": "nurse"}) is None


def test_short_preferences_shorten_replies() -> None:
    assert wants_short("direct, short") and wants_short("kurz und direkt")
    assert not wants_short("detailed, and short on fluff") and not wants_short("")
    reply = "Thanks, that's a thoughtful answer. You named the habit. Lovely. What is the reason?"
    assert shorten(reply) == "You named the habit. What is the reason?"
    assert shorten("Thank you!") == "Got it."


def test_extract_progress_round_trips() -> None:
    state = ConversationState(
        step=ExtractProgress(
            asking="name", asks={"name": 2}, skipped=["role"], zone="Europe/Lisbon", zone_asks=1
        ),
        follow_up="message Rui",
    )
    assert ConversationState.from_json(state.to_json()) == state


def test_the_llm_sees_the_coaching_preferences_quoted() -> None:
    from dataclasses import replace

    from engine.llm.judgement import turn_text
    from engine.llm.types import CoachRequest, StepKind

    base = CoachRequest(
        system_prompt="",
        program_context="",
        kind=StepKind.QUESTION,
        step_key="habit",
        question="Which habit?",
        answer="Standups.",
    )
    text = turn_text(replace(base, preferences="direct, short"), "B")
    assert "How the participant likes to be coached" in text
    assert "<<<QUOTE preferences B>>>\ndirect, short\n<<<END B>>>" in text
    assert "likes to be coached" not in turn_text(base, "B")


def test_a_name_alone_is_thanked_plainly() -> None:
    assert acknowledge({"name": "Bea"}, [FieldSpec("name", "What should I call you?")]) == (
        "Thanks, Bea!"
    )
