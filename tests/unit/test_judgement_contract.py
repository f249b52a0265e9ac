"""The LLM contract of issue 14: judgement before `reply`, `complete` only when nothing is
missing, meta-replies never complete, covered items never missing again, the next
question is the bot's to send, and the step's history is in the turn text."""

from __future__ import annotations

from engine.llm.judgement import GROUND_RULES, parse_arguments, turn_text
from engine.llm.judgement.schema import JUDGEMENT_SCHEMA
from engine.llm.types import CoachingContext, CoachRequest, Exchange, RequiredItem, StepKind

ITEMS = (RequiredItem("role", "your role"), RequiredItem("win", "something going well"))


def _request(**kw: object) -> CoachRequest:
    base: dict[str, object] = {
        "system_prompt": "",
        "program_context": "",
        "kind": StepKind.QUESTION,
        "step_key": "now",
        "question": "Tell me about your work.",
        "answer": "Shipping is going well.",
        "required": ITEMS,
    }
    return CoachRequest(**{**base, **kw})  # type: ignore[arg-type]


def test_judgement_fields_come_before_the_reply() -> None:
    names = list(JUDGEMENT_SCHEMA["properties"])
    assert names[-1] == "reply"
    for field in ("meta_reply", "complete", "missing", "risk"):
        assert names.index(field) < names.index("reply")


def test_complete_with_missing_items_or_as_a_meta_reply_is_not_complete() -> None:
    req = _request()
    missing = parse_arguments({"reply": "x", "complete": True, "missing": ["win"]}, req)
    assert not missing.complete
    meta = parse_arguments({"reply": "x", "complete": True, "missing": [], "meta_reply": True}, req)
    assert meta.meta and not meta.complete


def test_an_item_covered_earlier_is_never_missing_again() -> None:
    req = _request(covered=("role",))
    result = parse_arguments({"reply": "x", "complete": False, "missing": ["role", "win"]}, req)
    assert result.missing == ("win",)


def test_the_prompt_says_the_next_question_is_sent_automatically() -> None:
    assert "sends the" in GROUND_RULES and "next question" in GROUND_RULES
    assert "must not ask it" in GROUND_RULES


def test_history_and_context_are_quoted_in_the_turn_text() -> None:
    req = _request(
        history=(Exchange("user", "I lead eight engineers."), Exchange("assistant", "And?")),
        covered=("role",),
        context=CoachingContext(name="Bea", goal="Ship weekly", last_actions=("message Rui",)),
    )
    text = turn_text(req, boundary="B0UND")
    assert "<<<QUOTE attempts B0UND>>>\nuser: I lead eight engineers.\nassistant: And?" in text
    assert "<<<QUOTE context B0UND>>>" in text and "last week's action: message Rui" in text
    assert "role: your role" in text.split("Already covered")[1]
    assert text.index("QUOTE context") < text.index("QUOTE attempts") < text.index("QUOTE answer")
