"""The console adapter: typed lines in, plain text out; also the in-process test harness."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence

from adapters.emphasis import plain
from engine.connections.intros import REF_PREFIX as CONNECTION_REF
from engine.messages import Action, IncomingMessage, Platform, PlatformIdentity, Reply
from engine.ports import Clock, MessageHandler

_NUMBERS = re.compile(r"^\s*\d+(\s*[, ]\s*\d+)*\s*$")


class ConsoleSession:
    """One person typing in a terminal. Numbers answer the buttons of the last reply."""

    def __init__(
        self,
        handler: MessageHandler,
        clock: Clock,
        *,
        user: str = "local-user",
        display_name: str | None = None,
        timezone: str | None = None,
    ) -> None:
        self.handler = handler
        self.clock = clock
        self.identity = PlatformIdentity(Platform.CONSOLE, "local", user)
        self.display_name = display_name or user
        self.timezone = timezone
        self.last_choices: Reply | None = None

    async def send(self, text: str, *, opened: bool = False) -> list[Reply]:
        """What the person typed; `opened`: the chat opening on its own (no activity)."""
        message = IncomingMessage(
            identity=self.identity,
            idempotency_key=f"console:{uuid.uuid4()}",
            received_at=self.clock.now(),
            text=text,
            action=None if opened else self._as_action(text),
            display_name=self.display_name,
            timezone=self.timezone,
            opened=opened,
        )
        replies = await self.handler.handle(message)
        self.remember(replies)
        return replies

    async def click(self, ref: str, value: str) -> list[Reply]:
        message = IncomingMessage(
            identity=self.identity,
            idempotency_key=f"console:{uuid.uuid4()}",
            received_at=self.clock.now(),
            action=Action(ref, value),
            display_name=self.display_name,
        )
        replies = await self.handler.handle(message)
        self.remember(replies)
        return replies

    def remember(self, replies: Sequence[Reply]) -> None:
        """Numbers answer the buttons of the latest replies only, never older ones."""
        if not replies:
            return
        self.last_choices = next((r for r in reversed(replies) if r.choices), None)

    def _as_action(self, text: str) -> Action | None:
        """'2' or '1, 3' picks the numbered buttons of the last question, if in range."""
        last = self.last_choices
        if last is None or last.choice_ref is None:
            return None
        if last.choice_ref.startswith(CONNECTION_REF):
            # An introduction's buttons are no step's answers: "yes" / "not now" press them.
            typed = text.strip().rstrip(".!").casefold()
            for choice in last.choices:
                if typed == choice.label.casefold():
                    self.last_choices = None
                    return Action(last.choice_ref, choice.value)
        if not _NUMBERS.match(text):
            return None
        if all(c.value.isdigit() for c in last.choices):
            return None  # a scale: "7" means seven, not the seventh button
        if len(text) > 100:  # a button number is short; never int() a huge digit run
            return None
        picks = [int(n) for n in re.findall(r"\d+", text)]
        if not all(1 <= n <= len(last.choices) for n in picks):
            return None
        if len(picks) > 1 and not last.multi_select:
            return None
        self.last_choices = None
        value = ",".join(last.choices[n - 1].value for n in dict.fromkeys(picks))
        return Action(last.choice_ref, value)


def render(replies: Sequence[Reply]) -> str:
    """Replies as text with the engine's neutral emphasis kept (what tests read)."""
    return "\n\n".join(reply.as_plain_text() for reply in replies)


def display(text: str) -> str:
    """What the terminal shows: no formatting, so the neutral `*bold*` becomes plain words."""
    return plain(text)
