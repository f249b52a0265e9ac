"""THE TURN: one incoming message in, replies out — plan, ask, apply.

1. **plan** (one short read, no transaction): who is writing, their enrolment and their
   background (`engine.store.turn_reads`; not for a plain command such as `status`,
   whose routing reads none of it: `engine.load_needs`), where the message goes
   (crisis help, a command, the current step) and, for a step, the judgement request its
   step type builds.
   Nothing is written; nobody is created.
2. **ask**: the turn's one coach call, with no transaction, connection or lock held
   (holding them while an LLM thinks would cap a process at `DB_POOL_SIZE` people).
3. **apply** (one write transaction, one commit): BEGIN, the person's lock and the reload
   in one round trip (then the background, if the plan used it); route again and check
   the judgement needed is the one asked for —
   if the state moved on, go back to *ask* with the new request — then apply, persist,
   claim the key, commit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

import psycopg

from engine.commands import CommandEnv
from engine.flow import Flow
from engine.judgement import Judge, PlannedJudgement, Verdict
from engine.llm.budget import CallBudget
from engine.load_needs import may_answer_intro, needs_background
from engine.messages import IncomingMessage, Reply
from engine.per_turn import remembering
from engine.ports import Clock, Coach
from engine.programs.catalog import ProgramCatalog, PromptBook
from engine.replies import MAX_TEXT, SORRY, clean_message, clean_text, safe_replies
from engine.routing import Route, Router
from engine.screening import CrisisScreen
from engine.state import EnrolmentState
from engine.store.database import Connection, Database
from engine.store.postgres import PostgresTurnStore
from engine.store.turn_reads import load_reads
from engine.store.turns import (
    create_person,
    load_turn,
    lock_person,
    locked_reload,
    persist_turn,
    turn_read,
)
from engine.turn_state import Turn

__all__ = ["MAX_TEXT", "SORRY", "Coachbot", "clean_text"]

log = logging.getLogger(__name__)
REPLANS = 2  # the state moved under the turn this often: the offline coach judges in apply


@dataclass(frozen=True, slots=True)
class Plan:
    """Whose turn it is (None: first contact) and the judgement to ask the coach for."""

    user_id: int | None
    judgement: PlannedJudgement | None = None
    duplicate: bool = False
    reads: bool = False  # routing used the background the load read (turn_reads)


def _deleted_meanwhile(plan: Plan, message: IncomingMessage, deleted_at: datetime | None) -> bool:
    """The person planned for is gone, or the message predates the identity's deletion."""
    return plan.user_id is not None or (deleted_at is not None and message.received_at < deleted_at)


class Coachbot:
    """Implements `MessageHandler`: serialised per person, idempotent per message."""

    def __init__(
        self,
        *,
        db: Database,
        coach: Coach,
        offline: Coach,
        clock: Clock,
        catalog: ProgramCatalog | None = None,
        prompts: PromptBook | None = None,
        crisis_resources: str | None = None,
        llm_budget: CallBudget | None = None,
    ) -> None:
        self.db = db
        self.clock = clock
        self.catalog = catalog or ProgramCatalog()
        self.judge = Judge(coach=coach, fallback=offline, budget=llm_budget)
        prompts = prompts or PromptBook()
        env = CommandEnv(catalog=self.catalog, flow=Flow(prompts))
        self.router = Router(env=env, prompts=prompts, resources=crisis_resources)

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        message = clean_message(message)
        try:
            with remembering():  # the words are read once, however often they are routed
                return safe_replies(await self._turn(message, self.clock.now()))
        except Exception:
            log.exception("turn failed for %s", message.idempotency_key)
            return [Reply(SORRY)]

    async def _turn(self, message: IncomingMessage, now: datetime) -> list[Reply]:
        screen = CrisisScreen()  # the message is screened once, in plan or apply
        try:
            plan = await self._plan(message, now, screen)
        except psycopg.OperationalError:
            # After a database restart every pooled connection is dead: the first read
            # finds out. Nothing was written, so replace them and plan once more.
            log.warning("turn %s: database connection lost; retrying", message.idempotency_key)
            await self.db.check()
            plan = await self._plan(message, now, screen)
        for replans in range(REPLANS + 1):
            if plan.duplicate:
                log.info("duplicate message %s ignored", message.idempotency_key)
                return []
            verdict = await self.judge.ask(plan.judgement) if plan.judgement else None
            applied = await self._apply(
                message, now, plan, verdict, screen, last=replans == REPLANS
            )
            if not isinstance(applied, Plan):
                return applied
            plan = applied
        raise AssertionError("unreachable: the last pass judges offline and applies")

    async def _plan(self, message: IncomingMessage, now: datetime, screen: CrisisScreen) -> Plan:
        async with self.db.read() as conn:
            key, intro = message.idempotency_key, may_answer_intro(message.text)
            background = needs_background(message.text, message.action)
            read = await load_turn(
                conn, message.identity, key=key, now=now, intro=intro, background=background
            )
            if read.seen or read.person is None:  # first contact: nothing to judge yet
                return Plan(None, duplicate=read.seen)
            store = PostgresTurnStore(conn)
            turn = Turn(store, message, read.person, now, crisis=screen, reads=read.reads)
            route = await self._route(conn, message, turn, read.enrolment)
            return Plan(read.person.user_id, route.judgement, reads=turn.reads_used)

    async def _apply(
        self,
        message: IncomingMessage,
        now: datetime,
        plan: Plan,
        verdict: Verdict | None,
        screen: CrisisScreen,
        *,
        last: bool,
    ) -> list[Reply] | Plan:
        outcome: list[Reply] | Plan = Plan(plan.user_id, duplicate=True)
        key = message.idempotency_key
        opening = locked_reload(plan.user_id, message.identity, key=key, now=now)
        async with self.db.write(*opening) as (conn, row):
            read = turn_read(row)
            person, enrolment = read.person, read.enrolment
            if read.seen:
                return outcome
            if person is None or person.user_id != plan.user_id:
                if _deleted_meanwhile(plan, message, read.deleted_at):
                    log.info("turn %s dropped: its person was deleted meanwhile", key)
                    return []
                if person is not None:  # a concurrent first turn created them: lock, re-plan
                    return Plan(person.user_id, plan.judgement, reads=True)
                name, zone = message.display_name, message.timezone
                person = await create_person(
                    conn, message.identity, display_name=name, timezone=zone
                )
                await lock_person(conn, person.user_id)
            turn = Turn(PostgresTurnStore(conn), message, person, now, crisis=screen)
            if plan.reads and person.user_id == plan.user_id:  # the same reads, under the lock
                intro = may_answer_intro(message.text)
                turn.reads = await load_reads(conn, person, enrolment, now=now, intro=intro)
            route = await self._route(conn, message, turn, enrolment)
            if route.judgement != plan.judgement:
                if route.judgement is not None and not route.judgement.local and not last:
                    return Plan(person.user_id, route.judgement, reads=True)  # ask about this
                verdict = await self.judge.ask_offline(route.judgement) if route.judgement else None
            turn.reads = None  # the route writes: what it reads next must see its writes
            await route.run(turn, verdict)
            if not await persist_turn(turn, enrolment, now=now):
                raise psycopg.Rollback  # a duplicate of this message won meanwhile
            outcome = turn.replies
        return outcome

    async def _route(
        self,
        conn: Connection,
        message: IncomingMessage,
        turn: Turn,
        enrolment: EnrolmentState | None,
    ) -> Route:
        if enrolment is not None:
            turn.enrolment = enrolment
            turn.program = await self.catalog.version(conn, enrolment.program_version_id)
        return await self.router.route(turn, message.text, message.action)
