"""Commands a person can give at any time: start, status, pause, settings, privacy."""

from __future__ import annotations

from datetime import datetime

from engine import privacy
from engine.commands import HELP_TEXT, Command, CommandName
from engine.flow import Flow
from engine.knowledge import Answerer, Retriever, installed_embedder
from engine.knowledge.grounded import answer_question, explain_sources
from engine.messages import Attachment, Choice, Reply
from engine.programs.catalog import ProgramCatalog
from engine.render import check_in_question, progress_card, step_ref, steps_before
from engine.state import AttemptRecord
from engine.store import records
from engine.store.turns import running_enrolment
from engine.timeexpr import (
    parse_away_until,
    parse_quiet_hours,
    parse_schedule,
    parse_snooze,
    parse_timezone,
)
from engine.turn import Turn
from engine.unlock import describe_local

START_REF = "start"
NO_PROGRAM = "You're not in a program yet. Type `programs` to see what you can start."
NEEDS_ENROLMENT = frozenset(
    {
        CommandName.AWAY,
        CommandName.BACK,
        CommandName.CHECK_IN,
        CommandName.GOAL_ABANDON,
        CommandName.GOAL_DONE,
        CommandName.GOAL_PROGRESS,
        CommandName.PAUSE,
        CommandName.QUIET_HOURS,
        CommandName.RESUME,
        CommandName.SCHEDULE,
        CommandName.SNOOZE,
        CommandName.START_REMINDERS,
        CommandName.STATUS,
        CommandName.STOP_REMINDERS,
    }
)


class Commands:
    def __init__(
        self, *, catalog: ProgramCatalog, flow: Flow, answerer: Answerer | None = None
    ) -> None:
        self.catalog = catalog
        self.flow = flow
        self.answerer = answerer or Answerer(Retriever(load_embedder=installed_embedder))

    async def offer_programs(self, turn: Turn, intro: str) -> None:
        programs = await self.catalog.available(turn.conn)
        if not programs:
            turn.say(Reply(f"{intro}\nNo programs are installed yet — ask your admin."))
            return
        lines = "\n".join(f"• *{title}* (`{slug}`): {desc}" for slug, title, desc in programs)
        turn.say(
            Reply(
                f"{intro}\n{lines}\nWhich one would you like to start?",
                choices=tuple(Choice(title, slug) for slug, title, _ in programs),
                choice_ref=START_REF,
            )
        )

    async def start(self, turn: Turn, name: str) -> None:
        if not name:
            await self.offer_programs(turn, "Here are the programs you can start:")
            return
        program = await self.catalog.latest(turn.conn, name)
        if program is None:
            await self.offer_programs(turn, f"I don't know a program called “{name}”.")
            return
        running = await running_enrolment(turn.conn, turn.person.user_id, program.program_id)
        if running is not None:
            if turn.enrolment is None or turn.enrolment.id != running.id:
                turn.enrolment = running  # switch: the turn's final save makes it current
                turn.program = await self.catalog.version(turn.conn, running.program_version_id)
            turn.say(
                Reply(
                    f"You're already in *{program.spec.title}* — let's continue."
                    " (`restart` begins it again.)"
                )
            )
            await self.flow.present_current(turn)
            return
        await self.flow.start(turn, program)

    async def run(self, turn: Turn, command: Command) -> None:
        name, arg = command.name, command.argument
        handler = getattr(self, f"_{name.value}", None)
        if handler is None:
            turn.say(Reply(HELP_TEXT))
            return
        if name in NEEDS_ENROLMENT and turn.enrolment is None:
            turn.say(Reply(NO_PROGRAM))
            return
        await handler(turn, arg)

    async def _help(self, turn: Turn, arg: str) -> None:
        turn.say(Reply(HELP_TEXT))

    async def _start(self, turn: Turn, arg: str) -> None:
        await self.start(turn, arg)

    async def _programs(self, turn: Turn, arg: str) -> None:
        await self.offer_programs(turn, "Here are the programs you can start:")

    async def _status(self, turn: Turn, arg: str) -> None:
        enrolment, program = turn.running
        goal = await records.active_goal(turn.conn, enrolment.id)
        cur = await turn.conn.execute(
            "SELECT mood, progress, created_at FROM check_ins WHERE enrolment_id = %s"
            " ORDER BY created_at DESC LIMIT 1",
            (enrolment.id,),
        )
        last = await cur.fetchone()
        last_text = None
        if last is not None:
            bits = [
                f"mood {last['mood']}/10" if last["mood"] is not None else "",
                f"progress {last['progress']}%" if last["progress"] is not None else "",
            ]
            when = last["created_at"].astimezone(turn.tz)
            last_text = f"{', '.join(b for b in bits if b)} on {when:%a %-d %b}"
        locked = enrolment.step_state.get("locked_until")
        next_unlock = None
        if isinstance(locked, str):
            next_unlock = describe_local(datetime.fromisoformat(locked), turn.tz)
        card = progress_card(
            program.spec,
            week_number=enrolment.current_week,
            step_index=enrolment.current_step,
            status=enrolment.status,
            completed_steps=steps_before(
                program.spec, enrolment.current_week, enrolment.current_step
            ),
            goal=str(goal["description"]) if goal else None,
            last_check_in=last_text,
            next_unlock=next_unlock,
        )
        turn.say(Reply("Here's where you are:", card=card))

    async def _pause(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        enrolment.status = "paused"
        turn.say(Reply("Paused. I won't send reminders until you type `resume`."))

    async def _resume(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        enrolment.status = "active"
        turn.say(Reply("Welcome back! Let's pick up where we left off."))
        await self.flow.present_current(turn)

    async def _next(self, turn: Turn, arg: str) -> None:
        if turn.enrolment is None:
            await self.offer_programs(turn, NO_PROGRAM)
            return
        if turn.enrolment.status == "paused":
            turn.say(Reply("You're paused. Type `resume` to pick up where you left off."))
            return
        await self.flow.present_current(turn)

    async def _skip(self, turn: Turn, arg: str) -> None:
        if turn.enrolment is None or turn.step is None:
            turn.say(Reply("There's nothing to skip right now."))
            return
        enrolment, _ = turn.running
        step = turn.step
        if not step.skippable:
            turn.say(
                Reply(
                    "This step can't be skipped — it matters for what comes next."
                    " Type `hint` if you're stuck."
                )
            )
            return
        turn.record(
            AttemptRecord(
                enrolment.current_week,
                step.key,
                enrolment.step_attempt + 1,
                "(skipped)",
                valid=False,
                forced=True,
            )
        )
        turn.say(Reply("Skipped."))
        await self.flow.advance(turn)

    async def _hint(self, turn: Turn, arg: str) -> None:
        if turn.enrolment is None or turn.step is None:
            turn.say(Reply("No hints needed right now. Type `help` for what I can do."))
            return
        enrolment, _ = turn.running
        step = turn.step
        if enrolment.hints_used < len(step.hints):
            turn.say(Reply(f"Hint: {step.hints[enrolment.hints_used]}"))
            enrolment.hints_used += 1
        elif step.hints:
            turn.say(Reply(f"Hint: {step.hints[-1]}"))
        else:
            turn.say(
                Reply(
                    "There's no hint for this one — answer in your own words,"
                    " there are no wrong answers."
                )
            )

    async def _restart(self, turn: Turn, arg: str) -> None:
        if turn.enrolment is None:
            await self.offer_programs(turn, NO_PROGRAM)
            return
        enrolment, program = turn.running
        # In the database now (the new enrolment must not meet a running one) and in the
        # copy the turn saves at its end.
        await turn.conn.execute(
            "UPDATE enrolments SET status = 'abandoned' WHERE id = %s", (enrolment.id,)
        )
        enrolment.status = "abandoned"
        turn.enrolment = None
        turn.say(Reply("Starting over from the beginning."))
        await self.flow.start(turn, program)

    async def _timezone(self, turn: Turn, arg: str) -> None:
        tz = parse_timezone(arg)
        if tz is None:
            turn.say(
                Reply(
                    f"I don't know the time zone “{arg}”. Try a name like"
                    " `Europe/Berlin` or `America/New_York`."
                )
            )
            return
        turn.person.timezone = tz.key
        await turn.conn.execute(
            "UPDATE users SET timezone = %s WHERE id = %s", (tz.key, turn.person.user_id)
        )
        await turn.conn.execute(
            "UPDATE enrolments SET timezone = %s WHERE user_id = %s"
            " AND status IN ('active', 'paused')",
            (tz.key, turn.person.user_id),
        )
        if turn.enrolment is not None:
            turn.enrolment.timezone = tz.key
        turn.say(Reply(f"Time zone set to {tz.key}. Reminders will follow your local time."))

    async def _quiet_hours(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        if arg.strip().lower() in {"off", "none", "no"}:
            enrolment.quiet_start = enrolment.quiet_end = None
            turn.say(Reply("Quiet hours removed."))
            return
        window = parse_quiet_hours(arg)
        if window is None:
            turn.say(Reply("Tell me quiet hours like `quiet hours 21:00-08:00`."))
            return
        enrolment.quiet_start, enrolment.quiet_end = window
        turn.say(
            Reply(
                f"Quiet hours set: no messages between {window[0]:%H:%M} and"
                f" {window[1]:%H:%M} ({turn.tz.key})."
            )
        )

    async def _stop_reminders(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        enrolment.reminders_enabled = False
        turn.say(
            Reply(
                "Reminders are off. You can still message me any time;"
                " `start reminders` turns them back on."
            )
        )

    async def _start_reminders(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        enrolment.reminders_enabled = True
        turn.say(Reply("Reminders are back on."))

    async def _snooze(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        until = parse_snooze(arg, now=turn.now, tz=turn.tz)
        if until is None:
            turn.say(Reply("Tell me when, like `remind me in 2 hours` or `remind me tomorrow`."))
            return
        enrolment.snoozed_until = until
        turn.say(Reply(f"Okay, I'll remind you {describe_local(until, turn.tz)}."))

    async def _away(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        until = parse_away_until(arg, now=turn.now, tz=turn.tz)
        if until is None:
            turn.say(Reply("Tell me a date, like `away until 2026-12-05`."))
            return
        enrolment.away_until = until
        turn.say(Reply(f"Enjoy your time away! No reminders until {until:%A %-d %B}."))

    async def _back(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        enrolment.away_until = None
        enrolment.snoozed_until = None
        turn.say(Reply("Welcome back!"))
        await self.flow.present_current(turn)

    async def _schedule(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        parsed = parse_schedule(arg)
        if parsed is None:
            turn.say(Reply("Tell me days and a time, like `schedule mon,wed,fri 08:30`."))
            return
        days, at = parsed
        enrolment.checkin_days = list(days)
        if at is not None:
            enrolment.checkin_time = at
        names = ", ".join(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d - 1] for d in days)
        when = f" at {at:%H:%M}" if at else ""
        turn.say(Reply(f"Check-in reminders: {names}{when} ({turn.tz.key})."))

    async def _check_in(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        enrolment = enrolment
        enrolment.step_state["adhoc"] = {"part": "mood"}
        turn.say(check_in_question(None, step_ref(enrolment.id, 0, "checkin"), "mood"))

    async def _goal_done(self, turn: Turn, arg: str) -> None:
        await self._goal_status(turn, "completed", "🎉 Goal completed: _{}_. Brilliant work!")

    async def _goal_abandon(self, turn: Turn, arg: str) -> None:
        await self._goal_status(
            turn,
            "abandoned",
            "Goal set aside: _{}_. That's allowed —"
            " type `revise goal` whenever you want a new one.",
        )

    async def _goal_status(self, turn: Turn, status: str, message: str) -> None:
        enrolment = turn.running[0]
        goal = await records.set_goal_status(
            turn.conn, enrolment_id=enrolment.id, status=status, now=turn.now
        )
        turn.say(Reply(message.format(goal) if goal else "You don't have an active goal."))

    async def _goal_revise(self, turn: Turn, arg: str) -> None:
        goal = await records.active_goal(turn.conn, turn.enrolment.id) if turn.enrolment else None
        if turn.enrolment is None or goal is None:
            turn.say(Reply("You don't have an active goal to revise."))
            return
        turn.enrolment.step_state["adhoc"] = {"kind": "goal"}
        turn.say(
            Reply(
                f"Your goal is: _{goal['description']}_\nWhat's the new version? Say what"
                " you'll do, how much, by when, and why it matters — in one message."
            )
        )

    async def _goal_progress(self, turn: Turn, arg: str) -> None:
        enrolment = turn.running[0]
        digits = "".join(ch for ch in arg if ch.isdigit())
        value = int(digits) if digits else -1
        if not 0 <= value <= 100:
            turn.say(Reply("Progress is a number from 0 to 100, like `goal progress 60`."))
            return
        await records.record_check_in(
            turn.conn,
            enrolment_id=enrolment.id,
            user_id=turn.person.user_id,
            week_number=enrolment.current_week,
            mood=None,
            progress=value,
            now=turn.now,
        )
        turn.say(Reply(f"Goal progress recorded: {value}%."))

    async def _export(self, turn: Turn, arg: str) -> None:
        data = await privacy.export_data(turn.conn, turn.person.user_id)
        file = Attachment("coachbot-export.json", privacy.export_json(data))
        turn.say(Reply("Here is everything I store about you, as a JSON file.", attachment=file))

    async def _delete(self, turn: Turn, arg: str) -> None:
        await privacy.request_deletion(turn.conn, turn.person.user_id, turn.now)
        turn.say(
            Reply(
                "This deletes *everything* about you: answers, goals, check-ins and"
                " messages. It cannot be undone. Type `yes delete` within 15 minutes"
                " to confirm, or `cancel`."
            )
        )

    async def _confirm_delete(self, turn: Turn, arg: str) -> None:
        if not await privacy.deletion_requested(turn.conn, turn.person.user_id, turn.now):
            turn.say(Reply("Type `delete my data` first; I'll then ask you to confirm."))
            return
        await privacy.delete_person(turn.conn, turn.person.user_id, turn.now)
        turn.deleted = True
        turn.enrolment = None
        turn.say(
            Reply(
                "Done. Everything about you has been deleted. If you write again,"
                " we start from scratch."
            )
        )

    async def _ask(self, turn: Turn, arg: str) -> None:
        text, used = await answer_question(turn.conn, self.answerer, arg)
        turn.say(Reply(text))
        turn.log.outgoing[-1].context_used = used  # recorded with the message

    async def _sources(self, turn: Turn, arg: str) -> None:
        turn.say(Reply(await explain_sources(turn.conn, turn.person.user_id)))

    async def _cancel(self, turn: Turn, arg: str) -> None:
        cancelled = await privacy.cancel_deletion(turn.conn, turn.person.user_id)
        if turn.enrolment is not None:
            turn.enrolment.step_state.pop("adhoc", None)
        turn.say(Reply("Cancelled — nothing was deleted." if cancelled else "Okay."))
