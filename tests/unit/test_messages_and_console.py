"""Replies degrade to text; the console maps numbers to buttons; text is cleaned."""

from __future__ import annotations

from datetime import UTC, datetime

from adapters.console import ConsoleSession
from engine.clock import VirtualClock
from engine.flow import sticky_variant
from engine.messages import Choice, IncomingMessage, Reply
from engine.turn import clean_text


class Recorder:
    def __init__(self, replies: list[Reply]) -> None:
        self.replies = replies
        self.seen: list[IncomingMessage] = []

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        self.seen.append(message)
        return self.replies


QUESTION = Reply(
    "Pick one", choices=(Choice("Red", "red"), Choice("Blue", "blue")), choice_ref="1.1.colour"
)


def test_choices_degrade_to_a_numbered_list() -> None:
    text = QUESTION.as_plain_text()
    assert "1. Red" in text and "2. Blue" in text


def test_scale_buttons_render_compactly() -> None:
    scale = Reply("Mood?", choices=tuple(Choice(str(n), str(n)) for n in range(1, 11)))
    assert "[1 · 2 · 3 · 4 · 5 · 6 · 7 · 8 · 9 · 10]" in scale.as_plain_text()


async def test_a_number_answers_the_last_buttons_but_a_scale_number_stays_text() -> None:
    handler = Recorder([QUESTION])
    session = ConsoleSession(handler, VirtualClock(datetime(2026, 1, 1, tzinfo=UTC)))
    await session.send("hi")
    handler.replies = [
        Reply("Mood?", choices=tuple(Choice(str(n), str(n)) for n in range(1, 11)), choice_ref="m")
    ]
    await session.send("2")
    assert handler.seen[-1].action is not None and handler.seen[-1].action.value == "blue"
    await session.send("7")
    assert handler.seen[-1].action is None and handler.seen[-1].text == "7"


async def test_every_message_gets_its_own_idempotency_key() -> None:
    handler = Recorder([])
    session = ConsoleSession(handler, VirtualClock())
    await session.send("a")
    await session.send("a")
    assert handler.seen[0].idempotency_key != handler.seen[1].idempotency_key


def test_clean_text_drops_control_and_zero_width_characters() -> None:
    assert clean_text("he\u200bllo\x00 \u202eworld\x07 ") == "hello world"
    assert len(clean_text("x" * 100_000)) == 8000


def test_ab_variant_is_sticky_and_spread() -> None:
    picks = {sticky_variant(user, 1, {"A", "B"}) for user in range(50)}
    assert picks == {"A", "B"}
    assert all(sticky_variant(7, 1, {"B"}) == sticky_variant(7, 1, {"B"}) for _ in range(3))
    assert sticky_variant(7, 1, set()) == "A"


async def test_a_number_after_the_buttons_moved_on_is_plain_text() -> None:
    handler = Recorder([QUESTION])
    session = ConsoleSession(handler, VirtualClock(datetime(2026, 1, 1, tzinfo=UTC)))
    await session.send("hi")
    handler.replies = [Reply("Tell me more about it.")]
    await session.send("2")  # answers the buttons
    await session.send("1")  # the question now is open text
    assert handler.seen[-1].action is None and handler.seen[-1].text == "1"


async def test_a_flood_of_digits_in_the_console_is_plain_text() -> None:
    handler = Recorder([QUESTION])
    session = ConsoleSession(handler, VirtualClock(datetime(2026, 1, 1, tzinfo=UTC)))
    await session.send("hi")
    await session.send("7" * 5000)
    assert handler.seen[-1].action is None
