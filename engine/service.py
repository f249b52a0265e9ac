"""The coaching engine's front door: one incoming message in, replies out, in one transaction."""

from __future__ import annotations

import dataclasses
import logging
import unicodedata
from datetime import datetime

from engine.coaching import Consultant, LLMNeeded
from engine.commands import Command, CommandName, parse_command
from engine.connections import REF_PREFIX, handle_connection_action
from engine.flow import Flow
from engine.lifecycle import START_REF, Commands
from engine.llm.types import StepKind
from engine.messages import Action, IncomingMessage, ProgressCard, Reply
from engine.ports import Clock, Coach
from engine.programs.catalog import ProgramCatalog, PromptBook
from engine.programs.model import CheckInStep, ContentStep, SmartGoalStep
from engine.render import check_in_question, first_check_in_part, step_ref
from engine.safety import crisis_reply, detect_crisis, neutralise_mentions
from engine.steps import StepAnswers
from engine.store import records
from engine.store.database import Database
from engine.store.scope import enter_person_scope
from engine.store.turns import (
    claim_event,
    find_person,
    load_enrolment,
    lock_person,
    record_turn,
    save_enrolment,
)
from engine.turn import Prefetched, Turn

log = logging.getLogger(__name__)

MAX_TEXT = 8000
SORRY = (
    "Sorry — something went wrong on my side and I couldn't process that. Your progress is"
    " safe; please send it again in a moment."
)
MOVED_ON = "That question has moved on — here's where we are now:"
PAUSED = "You're paused, so I'm not asking questions. Type `resume` when you're ready."


def clean_text(text: str) -> str:
    """Drop control and zero-width characters, normalise, and cap the length."""
    kept = "".join(
        ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cf", "Cs"}
    )
    kept = unicodedata.normalize("NFC", kept).strip()
    return kept[:MAX_TEXT]


def _replies(outcome: list[Reply] | LLMNeeded) -> list[Reply]:
    assert not isinstance(outcome, LLMNeeded), "only a deferring pass stops at the LLM"
    return outcome


class _ClaimedMeanwhile(Exception):
    """A duplicate of this message was handled while this pass ran."""


def _safe_card(card: ProgressCard | None) -> ProgressCard | None:
    """The goal on a progress card is the person's own words: no mass mentions."""
    if card is None or card.goal is None:
        return card
    return dataclasses.replace(card, goal=neutralise_mentions(card.goal, max_len=300))


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
    ) -> None:
        self.db = db
        self.clock = clock
        self.catalog = catalog or ProgramCatalog()
        self.prompts = prompts or PromptBook()
        self.crisis_resources = crisis_resources
        consultant = Consultant(coach=coach, fallback=offline, prompts=self.prompts)
        self.answers = StepAnswers(consultant)
        self.flow = Flow(self.prompts)
        self.commands = Commands(catalog=self.catalog, flow=self.flow)

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        try:
            replies = await self._turn(message)
        except Exception:
            log.exception("turn failed for %s", message.idempotency_key)
            return [Reply(SORRY)]
        return [
            dataclasses.replace(r, text=neutralise_mentions(r.text), card=_safe_card(r.card))
            for r in replies
        ]

    async def _turn(self, message: IncomingMessage) -> list[Reply]:
        """Run the turn; when it needs the LLM, ask it with no transaction open, then replay.

        Holding a transaction (and a pooled connection, and the person's lock) for the
        seconds an LLM takes would cap a process at `DB_POOL_SIZE` people thinking at
        once. So a turn first runs without the LLM; at the point it needs a judgement it
        stops (having written nothing) and commits, the LLM is asked outside any
        transaction, and the turn is replayed with the answer. If the person's state moved
        on meanwhile (another message won the lock), the replay's request differs and it
        asks the LLM live, as before.
        """
        text = clean_text(message.text)
        if message.action is not None:  # button values come from the platform, not trusted
            action = Action(clean_text(message.action.ref)[:200], clean_text(message.action.value))
            message = dataclasses.replace(message, action=action)
        now = self.clock.now()
        try:
            if not self.answers.consultant.remote:
                return _replies(await self._transaction(message, text, now))
            outcome = await self._transaction(message, text, now, defer_llm=True)
            if not isinstance(outcome, LLMNeeded):
                return outcome
            result, error = await self.answers.consultant.evaluate(outcome.request)
            prefetched = Prefetched(outcome.request, result, error)
            return _replies(await self._transaction(message, text, now, prefetched=prefetched))
        except _ClaimedMeanwhile:
            log.info("duplicate message %s ignored", message.idempotency_key)
            return []

    async def _transaction(
        self,
        message: IncomingMessage,
        text: str,
        now: datetime,
        *,
        defer_llm: bool = False,
        prefetched: Prefetched | None = None,
    ) -> list[Reply] | LLMNeeded:
        key = message.idempotency_key
        async with self.db.transaction() as conn:
            # The key is checked first and claimed last (in `record_turn`), so a pass
            # that stops at the LLM has written nothing and simply commits (a rollback
            # would also make psycopg forget its prepared statements).
            seen, person = await find_person(
                conn,
                message.identity,
                display_name=message.display_name,
                timezone=message.timezone,
                key=key,
            )
            if seen:
                log.info("duplicate message %s ignored", key)
                return []
            await lock_person(conn, person.user_id)
            await enter_person_scope(conn, person.user_id)  # RLS: only this person's rows
            turn = Turn(
                conn=conn,
                message=message,
                person=person,
                now=now,
                defer_llm=defer_llm,
                prefetched=prefetched,
            )
            turn.enrolment = await load_enrolment(conn, person.user_id)
            if turn.enrolment is not None:
                turn.program = await self.catalog.version(conn, turn.enrolment.program_version_id)
            enrolment_at_start = turn.enrolment
            try:
                await self._dispatch(turn, text, message.action)
            except LLMNeeded as needed:
                return needed  # nothing is written before the LLM point: commit is a no-op
            if turn.deleted:
                if not await claim_event(conn, key):
                    raise _ClaimedMeanwhile
                return turn.replies
            if turn.enrolment is not None:
                turn.enrolment.last_activity_at = now
                await save_enrolment(conn, turn.enrolment)
            if enrolment_at_start is not None and enrolment_at_start is not turn.enrolment:
                await save_enrolment(conn, enrolment_at_start)
            incoming = text if message.action is None else f"[{message.action.value[:500]}]"
            claimed = await record_turn(
                conn,
                person=person,
                enrolment_id=turn.enrolment.id if turn.enrolment else None,
                incoming=incoming,
                platform=message.identity.platform.value,
                attempts=turn.log.attempts,
                outgoing=turn.log.outgoing,
                now=now,
                key=key,
            )
            if not claimed:
                raise _ClaimedMeanwhile  # rolls back: a duplicate of this message won
            return turn.replies

    async def _dispatch(self, turn: Turn, text: str, action: Action | None) -> None:
        if action is not None:
            await self._on_action(turn, action)
            return
        if not text:
            turn.say(Reply("I didn't catch any text there. Type `help` to see what I can do."))
            return
        signal = detect_crisis(text)
        if signal is not None:
            log.warning(
                "crisis language detected (%s); coaching paused for this turn", signal.category
            )
            turn.say(Reply(crisis_reply(signal, self._crisis_resources(turn))))
            return
        command = parse_command(text)
        if command is not None and not await self._is_really_an_answer(turn, command):
            await self.commands.run(turn, command)
            return
        await self._answer(turn, text)

    async def _is_really_an_answer(self, turn: Turn, command: Command) -> bool:
        """'continue' on a content step, or 'start journaling' mid-step, answer the step."""
        enrolment = turn.enrolment
        if enrolment is None or enrolment.status != "active" or turn.step is None:
            return False
        if command.name is CommandName.RESUME:  # "continue" on a content step
            return isinstance(turn.step, ContentStep)
        if command.name is CommandName.START and command.argument:
            return await self.catalog.latest(turn.conn, command.argument) is None
        return False

    def _crisis_resources(self, turn: Turn) -> str | None:
        if turn.program is not None and turn.program.spec.crisis_resources:
            return turn.program.spec.crisis_resources
        return self.crisis_resources

    async def _answer(self, turn: Turn, text: str) -> None:
        if turn.enrolment is None:
            intro = "Hi! I'm your coach. I guide you through short weekly coaching programs."
            await self.commands.offer_programs(turn, intro)
            return
        enrolment, _ = turn.running
        if enrolment.status == "paused":
            turn.say(Reply(PAUSED))
            return
        if "adhoc" in enrolment.step_state:
            await self._adhoc(turn, text)
            return
        if "locked_until" in enrolment.step_state or turn.step is None:
            await self.flow.present_current(turn)
            return
        if await self.answers.answer(turn, text):
            await self.flow.advance(turn)

    async def _adhoc(self, turn: Turn, text: str) -> None:
        """A check-in or goal revision started by a command or a reminder button."""
        enrolment, _ = turn.running
        state = enrolment.step_state["adhoc"]
        if state.get("kind") == "goal":
            await self._revise_goal(turn, text)
            enrolment.step_state.pop("adhoc", None)
            await self.flow.present_current(turn)
            return
        ref = step_ref(enrolment.id, 0, "checkin")
        if await self.answers.check_in_answer(turn, state, None, text, ref=ref):
            enrolment.step_state.pop("adhoc", None)
            await self.flow.present_current(turn)

    async def _revise_goal(self, turn: Turn, text: str) -> None:
        enrolment, _ = turn.running
        step = SmartGoalStep(
            type="smart_goal", key="goal_revision", prompt="Revise your goal", mode="revise"
        )
        result, prompt, _ = await self.answers.consultant.ask(turn, step, StepKind.SMART_GOAL, text)
        previous = await records.active_goal(turn.conn, enrolment.id)
        await records.create_goal(
            turn.conn,
            enrolment_id=enrolment.id,
            user_id=enrolment.user_id,
            description=text[:2000],
            smart=result.smart,
            now=turn.now,
            revises=previous["id"] if previous else None,
        )
        turn.say(Reply(f"Goal updated: _{text[:300]}_"), prompt=prompt, usage=result.usage)

    async def _on_action(self, turn: Turn, action: Action) -> None:
        if action.ref.startswith(REF_PREFIX):  # colleague intros need no enrolment
            turn.say(
                *await handle_connection_action(
                    turn.conn,
                    user_id=turn.person.user_id,
                    ref=action.ref,
                    value=action.value,
                    now=turn.now,
                )
            )
            return
        if action.ref == START_REF:
            await self.commands.start(turn, action.value)
            return
        if turn.enrolment is None:
            await self.commands.offer_programs(turn, "Let's start a program first:")
            return
        enrolment, _ = turn.running
        if enrolment.status == "paused":
            turn.say(Reply(PAUSED))
            return
        adhoc_ref = step_ref(enrolment.id, 0, "checkin")
        if action.ref.startswith("nudge.checkin"):
            enrolment.step_state["adhoc"] = {"part": "mood"}
            await self._adhoc(turn, action.value)
            return
        adhoc = enrolment.step_state.get("adhoc")
        if action.ref.startswith(adhoc_ref) and isinstance(adhoc, dict):
            if _clicked_part(action.ref, adhoc_ref) not in ("", adhoc.get("part", "mood")):
                turn.say(Reply(MOVED_ON), check_in_question(None, adhoc_ref, adhoc["part"]))
                return
            await self._adhoc(turn, action.value)
            return
        step = turn.step
        current = step_ref(enrolment.id, enrolment.current_week, step.key) if step else None
        if current is None or not (action.ref == current or action.ref.startswith(current + ".")):
            turn.say(Reply(MOVED_ON))
            await self.flow.present_current(turn)
            return
        if isinstance(step, CheckInStep):
            waiting_for = str(enrolment.step_state.get("part") or first_check_in_part(step))
            if _clicked_part(action.ref, current) not in ("", waiting_for):
                turn.say(Reply(MOVED_ON))  # e.g. the mood buttons clicked again
                await self.flow.present_current(turn)
                return
        if await self.answers.answer(turn, action.value):
            await self.flow.advance(turn)


def _clicked_part(ref: str, question: str) -> str:
    """The part ("mood", "progress") a button of a two-part question belongs to."""
    return ref[len(question) + 1 :] if ref.startswith(question + ".") else ""
