"""Moving through a program: enrolling, presenting steps, completing and unlocking weeks."""

from __future__ import annotations

import hashlib
from datetime import time

from engine.knowledge import TURN_THRESHOLD, shared_answerer
from engine.llm.offline._meta import is_meta_reply
from engine.llm.types import KnowledgePassage
from engine.messages import Reply
from engine.programs import follow_up
from engine.programs.catalog import ProgramVersionRef, PromptBook
from engine.programs.model import StepSpec
from engine.recap import NAME_FIELDS, first_name, recall_line, week_recap
from engine.render import week_intro
from engine.state import AttemptRecord
from engine.steps import Need, StepView, step_type
from engine.steps.answer_numbers import is_bare_number
from engine.store import delivery, enrolments, records
from engine.store.continuity import WeekTakeaways
from engine.timeexpr import describe_local, local_datetime
from engine.turn_state import Turn
from engine.unlock import unlock_time

FOLLOW_UP_KEY = "follow_up"  # the step key the answer to "how did it go?" is kept under
FOLLOW_UP_THANKS = "Thanks for telling me — that's worth knowing."
FOLLOW_UP_ON = "No problem — let's go on."
CHECKED_IN_TODAY = "You've already checked in today, so I won't ask again — on we go."


def sticky_variant(user_id: int, program_id: int, variants: set[str]) -> str:
    """The same person always gets the same A/B variant of a program's prompts."""
    options = sorted(variants | {"A"})
    digest = hashlib.sha256(f"{user_id}:{program_id}".encode()).digest()
    return options[digest[0] % len(options)]


def _when_ready(turn: Turn) -> str:
    """The promise of the week-opened message, only when one will be sent."""
    if turn.running[0].reminders_enabled:
        return "I'll message you when it's ready."
    return "Your reminders are off, so type `next` then (or `start reminders`)."


async def _said_yes(turn: Turn, step_key: str) -> bool:
    """The person's answer to a yes/no step: this turn's, else the stored one."""
    enrolment, _ = turn.running
    for attempt in reversed(turn.log.attempts):
        if attempt.step_key == step_key and attempt.valid:
            return attempt.classification == "yes"
    return await delivery.consented(turn.conn, enrolment.id, step_key)


async def finish_program(turn: Turn, name: str | None = None) -> str:
    """Plan the follow-ups the program declares (if the person wants them); the message."""
    enrolment, program = turn.running
    spec = program.spec
    follow = spec.follow_up
    if follow is None:
        return follow_up.closing(spec, name)
    if follow.ask is not None and not await _said_yes(turn, follow.ask):
        return follow_up.completed(spec, None, name)
    settings = await delivery.read(turn.conn, enrolment.user_id)
    planned = follow_up.plan(spec, settings, turn.now)
    await delivery.start_follow_up(
        turn.conn, enrolment.id, until=planned.until, days=planned.own_days, at=planned.own_time
    )
    return follow_up.completed(spec, follow_up.promise(planned, settings, now=turn.now), name)


async def step_view(
    turn: Turn, step: StepSpec, *, presenting: bool = False, text: str = ""
) -> StepView:
    """The current step as its type sees it, with what the type needs loaded.

    `text` is the answer being judged: `Need.KNOWLEDGE` finds the passages for it.
    """
    enrolment, program = turn.running
    kind = step_type(step)
    needs = kind.present_needs if presenting else kind.needs
    known: dict[str, str] = {}
    if Need.PROFILE in needs:
        known = await turn.store.profile(reads=turn.reads, user_id=enrolment.user_id)
    goal = None
    if Need.ACTIVE_GOAL in needs:
        goal = await turn.store.active_goal(reads=turn.reads, enrolment_id=enrolment.id)
    answers: tuple[tuple[str, str], ...] = ()
    if Need.WEEK_ANSWERS in needs:
        answers = await week_answers(turn)
    passages: tuple[KnowledgePassage, ...] = ()
    if Need.KNOWLEDGE in needs and text.strip():
        categories = kind.knowledge_categories(step)
        passages = await shared_answerer().passages(
            turn.conn, text, categories=categories, threshold=TURN_THRESHOLD
        )
    return StepView(
        program=program.spec,
        enrolment_id=enrolment.id,
        week=enrolment.current_week,
        step=step,
        attempt_no=enrolment.step_attempt + 1,
        hints_used=enrolment.hints_used,
        state=enrolment.step_state.step,
        known_fields=known,
        current_goal=goal,
        week_answers=answers,
        now=turn.now,
        passages=passages,
        timezone=known_zone(turn),
    )


async def _checked_in_already(turn: Turn, asks_mood: bool) -> bool:
    """A week that opened after a wait begins with a check-in the person already gave today in
    this program (the reminder its offer came with): not asked twice. Read only for such a step."""
    enrolment, _ = turn.running
    if not asks_mood or enrolment.current_week < 2 or enrolment.current_step != 0:
        return False
    midnight = local_datetime(turn.now.astimezone(turn.tz).date(), time(0), turn.tz)
    return await turn.store.checked_in_since(
        user_id=turn.person.user_id, enrolment_id=enrolment.id, since=midnight
    )


async def week_answers(turn: Turn) -> tuple[tuple[str, str], ...]:
    """The current week's answers as stored (`records.week_answers`), read once per turn."""
    enrolment, _ = turn.running
    key = (enrolment.id, enrolment.current_week)
    if key not in turn.answers_read:
        turn.answers_read[key] = await turn.store.week_answers(
            reads=turn.reads, enrolment_id=enrolment.id, week=enrolment.current_week
        )
    return turn.answers_read[key]


def known_zone(turn: Turn) -> str | None:
    """The person's zone when the platform gave one or it was set; None while it is the default."""
    if turn.message.timezone:
        return turn.message.timezone
    current = turn.enrolment.timezone if turn.enrolment else turn.person.timezone
    return current if current and current != "UTC" else None


class Flow:
    def __init__(self, prompts: PromptBook) -> None:
        self.prompts = prompts

    async def start(self, turn: Turn, program: ProgramVersionRef) -> None:
        """Enrol the person and ask the first question."""
        variants = await self.prompts.variants(turn.store, program.program_id)
        turn.enrolment = await enrolments.enrol(
            turn.conn,
            user_id=turn.person.user_id,
            program_id=program.program_id,
            version_id=program.version_id,
            timezone=turn.person.timezone,
            variant=sticky_variant(turn.person.user_id, program.program_id, variants),
            weeks=len(program.spec.weeks),
            now=turn.now,
        )
        turn.program = program
        spec = program.spec
        welcome = f"Welcome to *{spec.title}*!"
        if spec.description:
            welcome += f"\n{spec.description.strip()}"
        turn.say(Reply(welcome))
        await self.present_current(turn, with_intro=True)

    async def present_current(self, turn: Turn, *, with_intro: bool = False) -> None:
        """Ask the current step again (or say when the next week opens)."""
        enrolment, program = turn.running
        opens = enrolment.step_state.locked_until
        if opens is not None:
            if opens > turn.now:
                when = describe_local(opens, turn.tz, now=turn.now)
                turn.say(Reply(f"Week {enrolment.current_week} opens {when}. {_when_ready(turn)}"))
                return
            await self._open_week(turn, returning=True)
            return
        step = turn.step
        if step is None:
            return
        planned = enrolment.step_state.follow_up
        if planned is not None:  # still waiting for "how did it go?"
            turn.say(Reply(f"Last week you planned: “{planned.rstrip('.!')}”. How did it go?"))
            return
        if with_intro and enrolment.current_step == 0:
            turn.say(week_intro(program.spec, enrolment.current_week))
        view = await step_view(turn, step, presenting=True)
        kind = step_type(step)
        if await _checked_in_already(turn, kind.asks_mood(step) and view.state is None):
            turn.say(Reply(CHECKED_IN_TODAY))  # the reminder the week's offer came with
            await self.advance(turn)
            return
        passed = kind.already_done(view)
        if passed is not None:
            turn.say(Reply(passed))
            await self.advance(turn)
            return
        turn.say(*kind.present(view))

    async def advance(self, turn: Turn) -> None:
        """The current step is done: ask the next one, or finish the week."""
        enrolment, _ = turn.running
        enrolment.reset_step()
        enrolment.current_step += 1
        if enrolment.current_step < len(turn.week.steps):
            await self.present_current(turn)
            return
        await self._complete_week(turn)

    async def _complete_week(self, turn: Turn) -> None:
        enrolment, program = turn.running
        spec = program.spec
        number = enrolment.current_week
        summary = enrolment.step_state.week_summary
        kept, name = await self._takeaways_and_name(turn, number)
        recap = await self._recap(turn, kept)
        if recap is not None:
            turn.say(Reply(recap))
        enrolment.step_state.new_week()
        done = records.WeekChange(number, "completed", summary=recap or summary)  # their words
        if number == len(spec.weeks):
            await self._set_weeks(turn, done)
            enrolment.status = "completed"
            enrolment.completed_at = turn.now
            enrolment.current_step = len(spec.weeks[-1].steps)
            turn.say(Reply(await finish_program(turn, name)))
            return
        turn.say(Reply(f"✅ Week {number} complete. Well done{f', {name}' if name else ''}!"))
        enrolment.current_week = number + 1
        enrolment.current_step = 0
        rule = spec.weeks[number].unlock
        opens = unlock_time(
            rule, previous_completed_at=turn.now, enrolled_at=enrolment.started_at, tz=turn.tz
        )
        if opens > turn.now:
            enrolment.step_state.locked_until = opens
            await self._set_weeks(turn, done, records.WeekChange(number + 1, "locked", opens))
            turn.say(
                Reply(
                    f"Week {number + 1} opens {describe_local(opens, turn.tz, now=turn.now)}."
                    f" Take the time to try what you planned — {_when_ready(turn)}"
                )
            )
            return
        await self._open_week(turn, returning=False, completed=done)

    async def _set_weeks(self, turn: Turn, *changes: records.WeekChange) -> None:
        enrolment, _ = turn.running
        await turn.store.set_weeks(enrolment_id=enrolment.id, changes=changes, now=turn.now)

    async def _open_week(
        self, turn: Turn, *, returning: bool, completed: records.WeekChange | None = None
    ) -> None:
        """The next week begins; after a wait (`returning`) it recalls last week's action.

        `completed`: the week just finished, written in the same statement.
        """
        enrolment, program = turn.running
        enrolment.step_state.new_week()
        begun = records.WeekChange(enrolment.current_week, "in_progress")
        await self._set_weeks(turn, *(() if completed is None else (completed,)), begun)
        last, name = None, None
        if returning and enrolment.current_week > 1:
            last, name = await self._takeaways_and_name(turn, enrolment.current_week - 1)
        recall = recall_line(last.action_items, name) if last else None
        if recall is None or enrolment.current_step != 0:
            if name:
                turn.say(Reply(f"Welcome back, {name}!"))
            await self.present_current(turn, with_intro=True)
            return
        # The week opens with last week's action; the answer is kept, then the first question.
        turn.say(week_intro(program.spec, enrolment.current_week), Reply(recall))
        enrolment.step_state.follow_up = last.action_items[0][:500] if last else None

    async def follow_up(self, turn: Turn, text: str) -> None:
        """The answer to "how did it go?": kept with the week's answers, then the week goes on."""
        enrolment, _ = turn.running
        planned = enrolment.step_state.follow_up or ""
        if is_meta_reply(text) and planned:
            planned = planned.rstrip(".!")
            turn.say(Reply(f"I mean the step you planned last week: “{planned}”. How did it go?"))
            return
        if is_bare_number(text) and planned:
            await self._unclear_follow_up(turn, text, planned.rstrip(".!"))
            return
        turn.record(
            AttemptRecord(enrolment.current_week, FOLLOW_UP_KEY, 1, text[:4000], valid=True)
        )
        self.end_follow_up(turn)
        turn.say(Reply(FOLLOW_UP_THANKS))
        await self.present_current(turn)

    async def _unclear_follow_up(self, turn: Turn, text: str, planned: str) -> None:
        """A bare number ("3") answers no "how did it go?" and the week's first question is
        not shown yet: asked about once, never kept or thanked as news; a second one goes
        on to the week, whose question it may well have meant."""
        state = turn.running[0].step_state
        if state.follow_up_asked:
            self.end_follow_up(turn)
            turn.say(Reply(FOLLOW_UP_ON))
            await self.present_current(turn)
            return
        state.follow_up_asked = True
        typed = " ".join(text.split())[:20]
        turn.say(
            Reply(
                f"I'm not sure what “{typed}” means here. In a few words, how did “{planned}”"
                " go? (Or type `skip` to go straight on to this week.)"
            )
        )

    def end_follow_up(self, turn: Turn) -> None:
        """The week's "how did it go?" is answered or passed: its own steps come next."""
        state = turn.running[0].step_state
        state.follow_up = None
        state.follow_up_asked = False

    async def _takeaways_and_name(
        self, turn: Turn, week: int
    ) -> tuple[WeekTakeaways | None, str | None]:
        """What `week`'s reflection kept, and the person's first name (used sparingly: week
        openings and ends), read together after the turn's writes."""
        enrolment, _ = turn.running
        kept, profile = await turn.store.takeaways_and_profile(
            enrolment_id=enrolment.id,
            week=week,
            user_id=turn.person.user_id,
            names=NAME_FIELDS,
        )
        return kept, first_name(profile)

    async def _recap(self, turn: Turn, kept: WeekTakeaways | None) -> str | None:
        """The week just finished, in the person's words (an answer, their takeaway)."""
        keys = {s.key for s in turn.week.steps if step_type(s).recaps_answer}
        if kept is None and not keys:
            return None
        answers = [a for k, a in await week_answers(turn) if k in keys]
        return week_recap(kept.learnings if kept else (), answers)
