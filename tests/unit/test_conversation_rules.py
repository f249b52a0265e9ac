"""The conversation step's pure rules: when someone is done, what counts as a rating, the
summary in their words, its state round trip, and the coach's cited sources."""

from __future__ import annotations

import pytest

from engine.llm.judgement.parse import parse_arguments
from engine.llm.judgement.prompt import turn_text
from engine.llm.offline._grounded import ask_answer, conversation_turn
from engine.llm.types import CoachRequest, Exchange, KnowledgePassage, RequiredItem, StepKind
from engine.steps.conversation import ConversationType, read_rating, says_done, summarise
from engine.steps.state import ConversationProgress, ConversationState

PASSAGES = (
    KnowledgePassage("11", "Sleep basics", "Routine", "Keep the same wake-up time every day."),
    KnowledgePassage(
        "12", "Stress", "Breaks", "Short breaks between meetings lower stress over a day."
    ),
)


@pytest.mark.parametrize(
    "text",
    [
        "that's all",
        "I'm done.",
        "Ok, that's it for today",
        "c'est tout",
        "Ich bin fertig",
        "eso es todo",
        "ho finito",
        "ik ben klaar",
        "done!",
        "nothing else",
    ],
)
def test_saying_done_in_several_languages_ends_it(text: str) -> None:
    assert says_done(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm done with being treated like this by my manager every single day at work",
        "The project is done but the stress stays",
        "what else could I do?",
    ],
)
def test_done_inside_a_longer_story_does_not(text: str) -> None:
    assert not says_done(text)


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("4", 4),
        (" 5/5 ", 5),
        ("3 out of 5", 3),
        ("two", 2),
        ("1 star", 1),
        ("7", None),
        ("0", None),
        ("great, thanks", None),
        ("4 or 5", None),
    ],
)
def test_a_rating_is_a_number_from_one_to_five_and_anything_else_skips(
    text: str, rating: int | None
) -> None:
    assert read_rating(text) == rating


def test_the_summary_quotes_the_person_and_leaves_out_the_goodbye() -> None:
    said = [
        "I never have time in the morning. Work starts early.",
        "ok",
        "I could walk at lunch.",
        "that's all",
    ]
    assert summarise(said) == "• “I never have time in the morning.”\n• “I could walk at lunch.”"


def test_progress_survives_the_json_round_trip_and_unknown_keys() -> None:
    progress = ConversationProgress(
        [("user", "hi there"), ("assistant", "hello")],
        [{"chunk_id": 3}],
        "2026-12-01T10:00:00+00:00",
        "• x",
        "done",
    )
    state = ConversationState(step=progress)
    raw = {**state.to_json(), "later_key": 1}
    back = ConversationState.from_json(raw).step
    assert back == progress


def _request(answer: str, **kw: object) -> CoachRequest:
    return CoachRequest(
        system_prompt="s",
        program_context="",
        kind=StepKind.CONVERSATION,
        step_key="talk",
        question="q",
        answer=answer,
        passages=PASSAGES,
        rules=ConversationType.judgement_rules,  # as the turn sends it
        **kw,
    )  # type: ignore[arg-type]


def test_the_request_text_carries_the_passages_with_ids_and_the_history() -> None:
    text = turn_text(_request("I sleep badly", history=(Exchange("user", "first"),)))
    assert '<passage id="11" source="Sleep basics — Routine">' in text
    assert "Keep the same wake-up time" in text and "The conversation so far" in text


def test_only_ids_of_passages_sent_are_kept_as_sources() -> None:
    result = parse_arguments(
        {"reply": "Try a fixed wake-up time.", "complete": False, "sources": ["11", "99", "11"]},
        _request("x"),
    )
    assert result.sources == ("11",)


def test_offline_turn_reflects_quotes_the_best_passage_and_asks_what_is_missing() -> None:
    required = (
        RequiredItem("obstacle", "What gets in the way", ("time", "tired")),
        RequiredItem("change", "One change to try", ("try", "will")),
    )
    result = conversation_turn(
        _request("I am always tired and wake up at a different time.", required=required)
    )
    assert not result.complete and result.missing == ("change",)
    assert "wake-up time" in result.reply and "(from *Sleep basics*)" in result.reply
    assert result.reply.endswith("one change to try?") and result.sources == ("11",)
    done = conversation_turn(
        _request(
            "I will try a fixed time.", required=required, history=(Exchange("user", "I'm tired"),)
        )
    )
    assert done.complete and not done.reply.endswith("?")


def test_offline_answer_cites_what_it_quotes() -> None:
    result = ask_answer(_request("how do short breaks help with stress?"))
    assert "Short breaks" in result.reply and "12" in result.sources
