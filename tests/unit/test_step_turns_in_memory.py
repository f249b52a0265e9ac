"""Answering a step, on the in-memory store: routing → the coach (offline) → route.run.

Each turn is what `engine.turn` does under the lock — route, ask, run — on a
`MemoryTurnStore`, whose `keep_turn` then stores the attempts as `persist_turn` would. The
program is written for these tests: a question with two required items, a scale and a
choice in week 1; week 2 opens a week later with one question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from engine.commands import CommandEnv
from engine.flow import Flow
from engine.judgement import Judge
from engine.llm.offline import OfflineCoach
from engine.messages import IncomingMessage, Platform, PlatformIdentity
from engine.programs.catalog import ProgramCatalog, ProgramVersionRef, PromptBook
from engine.programs.model import ProgramSpec
from engine.programs.outline import program_outline
from engine.routing import Router
from engine.state import EnrolmentState, Person
from engine.steps import CheckInRecord
from engine.steps.state import ConversationState
from engine.store.memory import MemoryTurnStore
from engine.store.port import NoDatabase
from engine.turn_state import Turn

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
USER, ENROLMENT = 7, 70
TEAM_QUESTION = "What does your team ship, and who relies on it?"

SPEC: dict[str, Any] = {
    "slug": "leading-well",
    "title": "Leading well",
    "weeks": [
        {
            "title": "Your team",
            "steps": [
                {
                    "type": "question",
                    "key": "team",
                    "prompt": TEAM_QUESTION,
                    "max_attempts": 3,
                    "requires": [
                        {"key": "work", "label": "what the team ships", "keywords": ["ship"]},
                        {
                            "key": "users",
                            "label": "who relies on it",
                            "keywords": ["customers", "users"],
                        },
                    ],
                },
                {"type": "scale", "key": "energy", "prompt": "How much energy do you have?"},
                {
                    "type": "choice",
                    "key": "focus",
                    "prompt": "What will you practise this week?",
                    "options": [
                        {"value": "listen", "label": "Listening"},
                        {"value": "delegate", "label": "Delegating"},
                    ],
                },
            ],
        },
        {
            "title": "Your plan",
            "unlock": {"days": 7},
            "steps": [{"type": "question", "key": "plan", "prompt": "What is your plan?"}],
        },
    ],
}


def _program() -> ProgramVersionRef:
    spec = ProgramSpec.model_validate(SPEC)
    return ProgramVersionRef(1, 1, spec.slug, 1, spec, program_outline(spec))


def _enrolment(*, week: int = 1, step: int = 0) -> EnrolmentState:
    return EnrolmentState(
        id=ENROLMENT,
        user_id=USER,
        program_id=1,
        program_version_id=1,
        status="active",
        timezone="UTC",
        quiet_start=None,
        quiet_end=None,
        reminders_enabled=True,
        checkin_days=None,
        checkin_time=None,
        snoozed_until=None,
        away_until=None,
        current_week=week,
        current_step=step,
        step_attempt=0,
        hints_used=0,
        step_state=ConversationState(),
        prompt_variant="A",
        started_at=NOW - timedelta(days=1),
        completed_at=None,
        last_activity_at=NOW - timedelta(hours=3),
    )


@dataclass
class Bot:
    """The turn's logic on the in-memory store, one message at a time."""

    store: MemoryTurnStore = field(default_factory=MemoryTurnStore)
    enrolment: EnrolmentState = field(default_factory=_enrolment)
    person: Person = field(default_factory=lambda: Person(USER, "Ada", "UTC"))
    program: ProgramVersionRef = field(default_factory=_program)
    now: datetime = NOW
    sent: int = 0

    def __post_init__(self) -> None:
        prompts = PromptBook()
        env = CommandEnv(catalog=ProgramCatalog(), flow=Flow(prompts))
        self.router = Router(env=env, prompts=prompts, resources=None)
        self.judge = Judge(coach=OfflineCoach(), fallback=OfflineCoach())

    async def says(self, text: str) -> Turn:
        self.sent += 1
        self.now += timedelta(minutes=1)
        identity = PlatformIdentity(Platform.CONSOLE, "w", "ada")
        message = IncomingMessage(identity, f"m{self.sent}", self.now, text=text)
        turn = Turn(self.store, message, self.person, self.now)
        turn.enrolment, turn.program = self.enrolment, self.program
        route = await self.router.route(turn, text, None)
        verdict = await self.judge.ask(route.judgement) if route.judgement else None
        await route.run(turn, verdict)
        self.store.keep_turn(enrolment_id=self.enrolment.id, log=turn.log, now=self.now)
        self.enrolment.last_activity_at = self.now
        return turn


def _said(turn: Turn) -> str:
    return "\n".join(r.text for r in turn.replies)


async def test_an_answer_missing_a_required_item_is_an_invalid_attempt_and_the_step_waits() -> None:
    bot = Bot()
    turn = await bot.says("We ship a billing API.")
    [attempt] = turn.log.attempts
    assert (attempt.step_key, attempt.valid, attempt.missing) == ("team", False, ("users",))
    assert (bot.enrolment.current_week, bot.enrolment.current_step) == (1, 0)
    assert bot.enrolment.step_attempt == 1
    assert bot.store.weeks == {}


async def test_the_coach_is_asked_with_the_step_s_earlier_attempt_from_the_store() -> None:
    bot = Bot()
    first = await bot.says("We ship a billing API.")
    identity = PlatformIdentity(Platform.CONSOLE, "w", "ada")
    message = IncomingMessage(identity, "again", bot.now, text="Our customers rely on it.")
    turn = Turn(bot.store, message, bot.person, bot.now)
    turn.enrolment, turn.program = bot.enrolment, bot.program
    route = await bot.router.route(turn, message.text, None)
    assert route.judgement is not None
    request = route.judgement.request
    assert request.attempt_no == 2
    assert [(h.role, h.text) for h in request.history] == [
        ("user", "We ship a billing API."),
        ("assistant", first.replies[0].text),  # the coach's reply to it
    ]
    assert request.covered == ("work",)  # coverage never goes backwards


async def test_an_answer_that_covers_every_item_is_kept_and_the_next_step_is_asked() -> None:
    bot = Bot()
    await bot.says("We ship a billing API.")
    turn = await bot.says("We ship billing; our customers rely on it every day.")
    [attempt] = turn.log.attempts
    assert (attempt.step_key, attempt.valid, attempt.attempt_no) == ("team", True, 2)
    assert (bot.enrolment.current_step, bot.enrolment.step_attempt) == (1, 0)
    asked = turn.replies[-1]
    assert asked.text.startswith("How much energy do you have?")
    assert asked.choice_ref is not None and asked.choice_ref.endswith(".energy")
    assert bot.store.weeks == {}  # the week goes on


async def test_a_number_off_the_scale_is_an_invalid_attempt_and_the_scale_waits() -> None:
    bot = Bot(enrolment=_enrolment(step=1))
    turn = await bot.says("42")
    [attempt] = turn.log.attempts
    assert (attempt.step_key, attempt.valid) == ("energy", False)
    assert bot.enrolment.current_step == 1


async def test_a_number_after_an_unanswered_check_in_reminder_answers_the_reminder() -> None:
    bot = Bot(enrolment=_enrolment(step=1))
    bot.store.reminders[USER] = [NOW - timedelta(hours=1)]  # after their last message
    turn = await bot.says("7")
    assert turn.log.attempts == []  # not the scale's answer
    assert [w.record for w in bot.store.records] == [CheckInRecord(mood=7, progress=None)]
    assert "Check-in saved." in _said(turn)
    assert bot.enrolment.current_step == 1 and bot.enrolment.step_state.adhoc is None
    again = await bot.says("7")  # the reminder is answered: now the scale is
    assert [(a.step_key, a.valid, a.answer) for a in again.log.attempts] == [("energy", True, "7")]
    assert bot.enrolment.current_step == 2


async def test_the_week_s_last_answer_completes_it_with_a_recap_and_locks_the_next_week() -> None:
    bot = Bot()
    await bot.says("We ship billing; our customers rely on it.")
    await bot.says("6")
    turn = await bot.says("2")  # Delegating
    assert [(a.step_key, a.classification) for a in turn.log.attempts] == [("focus", "delegate")]
    opens = bot.enrolment.step_state.locked_until
    assert opens is not None and opens >= bot.now + timedelta(days=7) - timedelta(minutes=1)
    assert (bot.enrolment.current_week, bot.enrolment.current_step) == (2, 0)
    assert {week: (s.status, s.unlocks_at) for (_, week), s in bot.store.weeks.items()} == {
        1: ("completed", None),
        2: ("locked", opens),
    }
    said = _said(turn)
    assert "Week 1 complete" in said and "Week 2 opens" in said
    assert "our customers rely on it" in (bot.store.weeks[(ENROLMENT, 1)].summary or "")


async def test_the_last_week_s_last_answer_completes_the_program() -> None:
    bot = Bot(enrolment=_enrolment(week=2))
    turn = await bot.says("Delegate the release notes to Sam, then review with him on Friday.")
    [attempt] = turn.log.attempts
    assert (attempt.step_key, attempt.valid) == ("plan", True)
    assert bot.enrolment.status == "completed"
    assert bot.enrolment.completed_at == bot.now
    assert bot.store.weeks[(ENROLMENT, 2)].status == "completed"
    assert "Week 2 complete" not in _said(turn)  # the program's end, not a week's


async def test_turn_logic_outside_the_port_finds_no_database_in_memory() -> None:
    bot = Bot()
    with pytest.raises(NoDatabase):
        await bot.says("programs")  # the catalogue is read on the connection, not the port
