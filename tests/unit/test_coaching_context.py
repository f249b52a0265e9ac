"""The coaching context builder: coverage never goes backwards, and the token budget."""

from __future__ import annotations

from engine.coaching.context import build_context, covered_so_far, estimate_tokens
from engine.llm.types import RequiredItem
from engine.store.coaching import Background, StepTry

ITEMS = (RequiredItem("a", "first"), RequiredItem("b", "second"), RequiredItem("c", "third"))


def test_an_item_covered_once_stays_covered() -> None:
    tries = [
        StepTry("one", "ok", ("b", "c"), False),
        StepTry("two", "ok", ("a", "b", "c"), False),  # a later attempt "forgot" a
        StepTry("three", "ok", ("a", "c"), False),
    ]
    assert covered_so_far(ITEMS, tries) == ("a", "b")


def test_an_incomplete_judgement_naming_no_known_item_covers_nothing() -> None:
    tries = [
        StepTry("it's complicated", "Say more?", ("x",), False),  # a judge's unknown key
        StepTry("hmm", "Say more?", (), False),  # incomplete, nothing named
    ]
    assert covered_so_far(ITEMS, tries) == ()
    assert covered_so_far(ITEMS, [*tries, StepTry("all of it", "Thanks", (), True)]) == (
        "a",
        "b",
        "c",
    )


def test_history_holds_every_attempt_with_its_reply_in_order() -> None:
    tries = [StepTry("I herd eight engineers", "And what's going well?", ("b",), False)]
    memory, context = build_context(
        required=ITEMS,
        tries=tries,
        background=Background(profile={"name": "Bea", "preferences": "direct, short"}),
        display_name="bea_99",
        timezone="Europe/Lisbon",
    )
    assert [(e.role, e.text) for e in memory.history] == [
        ("user", "I herd eight engineers"),
        ("assistant", "And what's going well?"),
    ]
    assert memory.covered == ("a", "c")
    assert context.name == "Bea" and context.timezone == "Europe/Lisbon"
    assert context.profile == (("preferences", "direct, short"),)


def test_over_budget_the_oldest_goes_first_and_the_latest_attempt_stays() -> None:
    long = "word " * 400
    tries = [StepTry(f"attempt {n} {long}", "reply", ("a",), False) for n in range(6)]
    background = Background(week_answers=tuple((f"s{n}", long) for n in range(5)))
    memory, context = build_context(
        required=ITEMS,
        tries=tries,
        background=background,
        display_name=None,
        timezone=None,
        budget=600,
    )
    texts = [e.text for e in memory.history]
    assert texts[-2].startswith("attempt 5")
    assert not any(t.startswith("attempt 0") for t in texts)
    assert context.week_so_far == ()
    total = sum(estimate_tokens(t) for t in texts)
    assert total <= 600
