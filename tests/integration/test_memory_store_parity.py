"""The in-memory store stands in for PostgreSQL: the same messages, the same replies.

`tests.memory_turns.MemoryBot` runs the turn logic on `MemoryTurnStore`; here the engine
runs it on the database. Were the in-memory reads to drift from the SQL (the week's
answers, the step's earlier attempts, a reminder's window, the weeks moved on), the unit
tests on it would prove nothing about the bot.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import yaml

from tests.harness import Harness, said, sync_program_text
from tests.memory_turns import LEADING_WELL, MemoryBot, enrolment_at

# Every path of the slice: a missing item, a full answer, a number off the scale, a scale,
# a choice ending the week (recap, next week locked); a week later a greeting opens week 2,
# and its one answer ends the program.
WEEK_1 = (
    "We ship a billing API.",
    "We ship billing; our customers rely on it every day.",
    "42",
    "six",
    "Delegating",
)
WEEK_2 = ("hello", "Delegate the release notes to Sam, then review them together on Friday.")


async def test_the_in_memory_turns_say_what_the_postgresql_turns_say(
    harness: Harness, tmp_path: Path
) -> None:
    h = await sync_program_text(harness, tmp_path / "leading.yaml", yaml.safe_dump(LEADING_WELL))
    ada = h.person(timezone=None)
    await ada.send("start leading-well")
    bot = MemoryBot(enrolment=enrolment_at(now=h.clock.now()), now=h.clock.now())
    for text in WEEK_1 + WEEK_2:
        if text == WEEK_2[0]:
            h.clock.advance(timedelta(days=7))
            bot.now += timedelta(days=7)
        h.clock.advance(timedelta(minutes=1))  # as the bot's clock, one minute a message
        assert said((await bot.says(text)).replies) == said(await ada.send(text)), text
    assert bot.enrolment.status == "completed"
