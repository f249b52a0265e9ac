"""Moving through a program: starting, presenting steps, completing and unlocking weeks."""

from __future__ import annotations

import hashlib
from datetime import datetime

from engine.messages import Reply
from engine.programs.catalog import ProgramVersionRef, PromptBook
from engine.programs.model import ExtractStep, SmartGoalStep
from engine.render import present_step, week_intro
from engine.state import EnrolmentState
from engine.store import records
from engine.store.turns import ENROLMENT_COLUMNS
from engine.turn import Turn
from engine.unlock import describe_local, unlock_time


def sticky_variant(user_id: int, program_id: int, variants: set[str]) -> str:
    """The same person always gets the same A/B variant of a program's prompts."""
    options = sorted(variants | {"A"})
    digest = hashlib.sha256(f"{user_id}:{program_id}".encode()).digest()
    return options[digest[0] % len(options)]


class Flow:
    def __init__(self, prompts: PromptBook) -> None:
        self.prompts = prompts

    async def start(self, turn: Turn, program: ProgramVersionRef) -> None:
        """Enrol the person and ask the first question."""
        variants = await self.prompts.variants(turn.conn, program.program_id)
        cur = await turn.conn.execute(
            f"""
            WITH enrolment AS (
                INSERT INTO enrolments (user_id, program_id, program_version_id, timezone,
                    prompt_variant, started_at, last_activity_at)
                VALUES (%(u)s, %(p)s, %(v)s, %(tz)s, %(variant)s, %(now)s, %(now)s)
                RETURNING *
            ), weeks AS (
                INSERT INTO week_progress (enrolment_id, week_number, status, unlocked_at,
                    started_at)
                SELECT enrolment.id, n,
                    CASE WHEN n = 1 THEN 'in_progress' ELSE 'locked' END,
                    CASE WHEN n = 1 THEN %(now)s END, CASE WHEN n = 1 THEN %(now)s END
                FROM enrolment, generate_series(1, %(weeks)s) AS n
            )
            SELECT {ENROLMENT_COLUMNS} FROM enrolment
            """,
            {
                "u": turn.person.user_id,
                "p": program.program_id,
                "v": program.version_id,
                "tz": turn.person.timezone,
                "variant": sticky_variant(turn.person.user_id, program.program_id, variants),
                "now": turn.now,
                "weeks": len(program.spec.weeks),
            },
        )
        row = await cur.fetchone()
        assert row is not None
        turn.enrolment = EnrolmentState.from_row(row)
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
        locked_until = enrolment.step_state.get("locked_until")
        if isinstance(locked_until, str):
            opens = datetime.fromisoformat(locked_until)
            if opens > turn.now:
                turn.say(
                    Reply(
                        f"Week {enrolment.current_week} opens {describe_local(opens, turn.tz)}."
                        " I'll message you when it's ready."
                    )
                )
                return
            await self._open_week(turn)
            return
        step = turn.step
        if step is None:
            return
        if with_intro and enrolment.current_step == 0:
            turn.say(week_intro(program.spec, enrolment.current_week))
        if isinstance(step, ExtractStep):
            known = await records.profile(turn.conn, enrolment.user_id)
            if all(f.name in known for f in step.fields):
                turn.say(Reply("I already have what I need from you here — thanks!"))
                await self.advance(turn)
                return
        else:
            known = {}
        goal = None
        if isinstance(step, SmartGoalStep) and step.mode == "revise":
            active = await records.active_goal(turn.conn, enrolment.id)
            goal = str(active["description"]) if active else None
        part = str(enrolment.step_state.get("part", ""))
        turn.say(
            *present_step(
                program.spec,
                enrolment.current_week,
                step,
                enrolment_id=enrolment.id,
                known_fields=known,
                current_goal=goal,
                part=part,
            )
        )

    async def advance(self, turn: Turn) -> None:
        """The current step is done: ask the next one, or finish the week."""
        enrolment, _ = turn.running
        summary = enrolment.step_state.get("summary")
        enrolment.reset_step()
        if isinstance(summary, str):
            enrolment.step_state["summary"] = summary
        enrolment.current_step += 1
        if enrolment.current_step < len(turn.week.steps):
            await self.present_current(turn)
            return
        await self._complete_week(turn)

    async def _complete_week(self, turn: Turn) -> None:
        enrolment, program = turn.running
        spec = program.spec
        number = enrolment.current_week
        summary = enrolment.step_state.pop("summary", None)
        await records.set_week(
            turn.conn,
            enrolment_id=enrolment.id,
            week=number,
            status="completed",
            now=turn.now,
            summary=summary if isinstance(summary, str) else None,
        )
        if number == len(spec.weeks):
            enrolment.status = "completed"
            enrolment.completed_at = turn.now
            enrolment.current_step = len(spec.weeks[-1].steps)
            enrolment.step_state = {}
            turn.say(
                Reply(
                    f"🎉 You've completed *{spec.title}*! Thank you for showing up week after"
                    " week. Type `export my data` to keep your answers, or `programs` to see"
                    " what else you can start."
                )
            )
            return
        turn.say(Reply(f"✅ Week {number} complete. Well done!"))
        enrolment.current_week = number + 1
        enrolment.current_step = 0
        rule = spec.weeks[number].unlock
        opens = unlock_time(
            rule, previous_completed_at=turn.now, enrolled_at=enrolment.started_at, tz=turn.tz
        )
        if opens > turn.now:
            enrolment.step_state = {"locked_until": opens.isoformat()}
            await records.set_week(
                turn.conn,
                enrolment_id=enrolment.id,
                week=number + 1,
                status="locked",
                now=turn.now,
                unlocks_at=opens,
            )
            turn.say(
                Reply(
                    f"Week {number + 1} opens {describe_local(opens, turn.tz)}."
                    " Take the time to try what you planned — I'll message you when it's ready."
                )
            )
            return
        await self._open_week(turn)

    async def _open_week(self, turn: Turn) -> None:
        enrolment, _ = turn.running
        enrolment.step_state = {}
        await records.set_week(
            turn.conn,
            enrolment_id=enrolment.id,
            week=enrolment.current_week,
            status="in_progress",
            now=turn.now,
        )
        await self.present_current(turn, with_intro=True)
