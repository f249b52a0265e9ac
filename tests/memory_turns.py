"""The turn's logic on the in-memory store (`engine.store.memory`), and a program for it.

Unit tests drive step turns with `MemoryBot`; an integration test holds its replies to the
PostgreSQL turns' for the same messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

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
from engine.steps.state import ConversationState
from engine.store.memory import MemoryTurnStore
from engine.turn_state import Turn

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
USER, ENROLMENT = 7, 70
TEAM_QUESTION = "What does your team ship, and who relies on it?"

LEADING_WELL: dict[str, Any] = {  # a program written for the tests
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


def leading_well() -> ProgramVersionRef:
    """`LEADING_WELL` as the catalogue would hold it."""
    spec = ProgramSpec.model_validate(LEADING_WELL)
    return ProgramVersionRef(1, 1, spec.slug, 1, spec, program_outline(spec))


def enrolment_at(*, week: int = 1, step: int = 0, now: datetime = NOW) -> EnrolmentState:
    """Enrolled a day before `now`, last heard from three hours before it."""
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
        started_at=now - timedelta(days=1),
        completed_at=None,
        last_activity_at=now - timedelta(hours=3),
    )


@dataclass
class MemoryBot:
    """What `engine.turn` does under the lock — route, ask, run — on a `MemoryTurnStore`,
    one message a minute; `keep_turn` then stores the attempts as `persist_turn` would."""

    store: MemoryTurnStore = field(default_factory=MemoryTurnStore)
    enrolment: EnrolmentState = field(default_factory=enrolment_at)
    person: Person = field(default_factory=lambda: Person(USER, "ada", "UTC"))
    program: ProgramVersionRef = field(default_factory=leading_well)
    now: datetime = NOW
    sent: int = 0

    def __post_init__(self) -> None:
        weeks, started = len(self.program.spec.weeks), self.enrolment.started_at
        self.store.enrol(self.enrolment, weeks=weeks, now=started)
        prompts = PromptBook()
        env = CommandEnv(catalog=ProgramCatalog(), flow=Flow(prompts))
        self.router = Router(env=env, prompts=prompts, resources=None)
        self.judge = Judge(coach=OfflineCoach(), fallback=OfflineCoach())

    def turn(self, text: str) -> Turn:
        """A turn for `text` at the bot's time, at the enrolment as it stands."""
        self.sent += 1
        identity = PlatformIdentity(Platform.CONSOLE, "local", "ada")
        message = IncomingMessage(identity, f"m{self.sent}", self.now, text=text)
        turn = Turn(self.store, message, self.person, self.now)
        turn.enrolment, turn.program = self.enrolment, self.program
        return turn

    async def says(self, text: str) -> Turn:
        """A minute later, `text`: routed, judged by the offline coach, run and kept."""
        self.now += timedelta(minutes=1)
        turn = self.turn(text)
        route = await self.router.route(turn, text, None)
        verdict = await self.judge.ask(route.judgement) if route.judgement else None
        await route.run(turn, verdict)
        self.store.keep_turn(enrolment_id=self.enrolment.id, log=turn.log, now=self.now)
        self.enrolment.last_activity_at = self.now
        return turn
