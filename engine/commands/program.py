"""Commands about the program itself: start, status, pause, resume, next, skip, hint, restart.

One program runs at a time unless a program says `runs_alongside: true`: starting
another asks first whether to pause the running one (the person's pending question,
`engine.commands.confirm`); `switch <program>` goes back.
"""

from __future__ import annotations

from datetime import timedelta

from engine.commands import confirm
from engine.commands.env import NO_PROGRAM, CommandEnv
from engine.commands.finished import ask_to_start_again, completion_card
from engine.commands.keyword_typos import another_command, did_you_mean
from engine.commands.parsing import HELP_TEXT, CommandName
from engine.commands.settings import describe_settings
from engine.flow import FOLLOW_UP_ON
from engine.messages import Reply
from engine.pending_question import PendingQuestion
from engine.programs.catalog import ProgramVersionRef
from engine.programs.model import StepSpec
from engine.render import progress_card, steps_before
from engine.state import AttemptRecord, EnrolmentState
from engine.steps import step_type
from engine.store import delivery, enrolments, records
from engine.store.enrolments import running_enrolment
from engine.timeexpr import describe_local
from engine.turn_state import Turn


async def show_help(env: CommandEnv, turn: Turn, arg: str) -> None:
    turn.say(Reply(HELP_TEXT))


async def start(env: CommandEnv, turn: Turn, name: str) -> None:
    if not name:
        await env.offer_programs(turn, "Here are the programs you can start:")
        return
    program = await env.catalog.latest(turn.conn, name)
    if program is None:
        if meant := another_command(f"start {name}", CommandName.START):  # `start remindrs`
            turn.say(Reply(did_you_mean(meant)))
            return
        await env.offer_programs(turn, f"I don't know a program called “{name}”.")
        return
    running = await running_enrolment(turn.conn, turn.person.user_id, program.program_id)
    if running is not None and running.status == "paused":
        await _switch_to(env, turn, running)
        return
    if running is not None:
        if turn.enrolment is None or turn.enrolment.id != running.id:
            turn.enrolment = running  # switch: the turn's final save makes it current
            turn.program = await env.catalog.version(turn.conn, running.program_version_id)
        turn.say(
            Reply(
                f"You're already in *{program.spec.title}* — let's continue."
                " (`restart` begins it again.)"
            )
        )
        await env.flow.present_current(turn)
        return
    if await ask_to_start_again(turn, program):
        return
    if await _ask_to_pause_others(env, turn, program):
        return
    await env.flow.start(turn, program)


async def start_again_now(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    """A yes to "Start it again?": as `start`, without asking about the finished one again."""
    program = await env.catalog.latest(turn.conn, str(asked.detail.get("program")))
    if program is None:
        turn.say(Reply(confirm.MOVED_ON))
    elif not await _ask_to_pause_others(env, turn, program):
        await env.flow.start(turn, program)


async def programs(env: CommandEnv, turn: Turn, arg: str) -> None:
    await env.offer_programs(turn, "Here are the programs you can start:")


def _check_in_line(last: dict[str, object] | None, turn: Turn) -> str | None:
    if last is None:
        return None
    bits = [
        f"mood {last['mood']}/10" if last["mood"] is not None else "",
        f"progress {last['progress']}%" if last["progress"] is not None else "",
    ]
    created = last["created_at"]
    assert hasattr(created, "astimezone")
    when = created.astimezone(turn.tz)
    return f"{', '.join(b for b in bits if b)} on {when:%a %-d %b}"


async def status(env: CommandEnv, turn: Turn, arg: str) -> None:
    enrolment, program = turn.running
    if enrolment.status == "completed":
        turn.say(await completion_card(turn))
        return
    goal = await records.active_goal(turn.conn, enrolment.id)
    last = await records.last_check_in(turn.conn, enrolment.id)
    locked = enrolment.step_state.locked_until
    week, step = enrolment.current_week, enrolment.current_step
    done = locked is not None and locked > turn.now and week > 1  # the next week not open yet
    if done:
        week, step = week - 1, len(program.spec.weeks[week - 2].steps)
    card = progress_card(
        program.spec,
        week_number=week,
        step_index=step,
        status=enrolment.status,
        completed_steps=steps_before(program.spec, enrolment.current_week, enrolment.current_step),
        goal=str(goal["description"]) if goal else None,
        last_check_in=_check_in_line(last, turn),
        next_unlock=describe_local(locked, turn.tz, now=turn.now)
        if locked and locked > turn.now
        else None,
    )
    where = "Here's where you are:"
    if done and locked is not None:
        opens = describe_local(locked, turn.tz, now=turn.now)
        where = f"Here's where you are: week {week} is done ✅, and week {week + 1} opens {opens}."
    turn.say(Reply(where, card=card))
    settings = await delivery.read(turn.conn, turn.person.user_id)
    turn.say(Reply(describe_settings(settings, turn)))


_FINISHED = "You've completed that program. Type `programs` to see what you can start next."


async def pause(env: CommandEnv, turn: Turn, arg: str) -> None:
    if turn.running[0].status == "completed":
        turn.say(Reply(_FINISHED))
        return
    turn.running[0].status = "paused"
    turn.say(Reply("Paused. I won't send reminders until you type `resume`."))


async def resume(env: CommandEnv, turn: Turn, arg: str) -> None:
    enrolment, program = turn.running
    if enrolment.status == "completed":
        turn.say(await completion_card(turn))
        return
    if enrolment.status == "paused":
        if not program.spec.runs_alongside:
            paused = await _pause_others(env, turn, keep=enrolment.id)
            if paused:
                turn.say(Reply(f"*{_join(paused)}* paused (`switch` brings it back)."))
        enrolment.status = "active"
        turn.say(Reply("Welcome back! Let's pick up where we left off."))
    elif turn.step is not None:  # "continue" at a waiting question: ask it again
        turn.say(Reply("Sure — here's where we are:"))
    await env.flow.present_current(turn)


async def show_next(env: CommandEnv, turn: Turn, arg: str) -> None:
    if turn.enrolment is None:
        await env.offer_programs(turn, NO_PROGRAM)
        return
    if turn.enrolment.status == "paused":
        turn.say(Reply("You're paused. Type `resume` to pick up where you left off."))
        return
    if turn.enrolment.status == "completed":
        turn.say(Reply(_FINISHED))
        return
    await env.flow.present_current(turn)


def _current_step(turn: Turn, otherwise: str) -> tuple[EnrolmentState, StepSpec] | None:
    """The running enrolment and its current step; else says `otherwise` and gives None."""
    if turn.enrolment is None or turn.step is None:
        turn.say(Reply(otherwise))
        return None
    return turn.running[0], turn.step


async def skip(env: CommandEnv, turn: Turn, arg: str) -> None:
    current = _current_step(turn, "There's nothing to skip right now.")
    if current is None:
        return
    enrolment, step = current
    if enrolment.step_state.follow_up is not None:  # "how did it go?" is passed, not the step
        env.flow.end_follow_up(turn)
        turn.say(Reply(FOLLOW_UP_ON))
        await env.flow.present_current(turn)
        return
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
    await env.flow.advance(turn)


async def hint(env: CommandEnv, turn: Turn, arg: str) -> None:
    current = _current_step(turn, "No hints needed right now. Type `help` for what I can do.")
    if current is None:
        return
    enrolment, step = current
    if enrolment.hints_used < len(step.hints):
        turn.say(Reply(f"Hint: {step.hints[enrolment.hints_used]}"))
        enrolment.hints_used += 1
    elif step.hints:
        turn.say(Reply(f"Hint: {step.hints[-1]}"))
    else:
        turn.say(Reply(step_type(step).no_hint(step)))


async def restart(env: CommandEnv, turn: Turn, arg: str) -> None:
    """Ask first: restarting sets the progress so far aside."""
    if turn.enrolment is None or turn.enrolment.status == "completed":
        await env.offer_programs(turn, NO_PROGRAM)
        return
    enrolment, program = turn.running
    where = f"week {enrolment.current_week} of {len(program.spec.weeks)}"
    await confirm.ask(
        turn,
        "restart",
        f"This starts *{program.spec.title}* again from week 1, leaving {where} behind"
        " (what you wrote so far stays in your history).",
        detail={"enrolment": enrolment.id},
    )


async def restart_now(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    """`restart`, confirmed: the enrolment is abandoned and the program begins again."""
    if turn.enrolment is None or turn.enrolment.status == "completed":
        await env.offer_programs(turn, NO_PROGRAM)
        return
    if not confirm.about_running(turn, asked):
        turn.say(Reply(confirm.MOVED_ON))
        return
    enrolment, program = turn.running
    # In the database now (the new enrolment must not meet a running one) and in the
    # copy the turn saves at its end.
    await enrolments.abandon(turn.conn, enrolment.id)
    enrolment.status = "abandoned"
    turn.enrolment = None
    turn.say(Reply("Starting over from the beginning."))
    await env.flow.start(turn, program)


# One running program at a time, unless a program says `runs_alongside: true`.
SWITCH_FOR = timedelta(minutes=15)


def _join(titles: list[str]) -> str:
    return ", ".join(titles)


async def _others_active(
    env: CommandEnv, turn: Turn, keep: int | None
) -> list[tuple[int, str, int]]:
    """(enrolment id, title, week) of the person's other active programs that do not run
    alongside others."""
    found = []
    for row in await delivery.running(turn.conn, turn.person.user_id):
        if row["status"] != "active" or row["id"] == keep:
            continue
        version = await _version_of(env, turn, int(str(row["id"])))
        if version is not None and version.spec.runs_alongside:
            continue
        found.append((int(str(row["id"])), str(row["title"]), int(str(row["current_week"]))))
    return found


async def _version_of(env: CommandEnv, turn: Turn, enrolment_id: int) -> ProgramVersionRef | None:
    if turn.enrolment is not None and turn.enrolment.id == enrolment_id and turn.program:
        return turn.program
    version_id = await delivery.version_of(turn.conn, enrolment_id)
    return None if version_id is None else await env.catalog.version(turn.conn, version_id)


async def _pause_others(env: CommandEnv, turn: Turn, keep: int | None) -> list[str]:
    """Pause the person's other active programs (now, in the database); their titles."""
    paused = []
    for enrolment_id, title, _ in await _others_active(env, turn, keep):
        await delivery.pause(turn.conn, enrolment_id)
        if turn.enrolment is not None and turn.enrolment.id == enrolment_id:
            turn.enrolment.status = "paused"
        paused.append(title)
    return paused


async def _ask_to_pause_others(env: CommandEnv, turn: Turn, program: ProgramVersionRef) -> bool:
    """Starting a program while another runs: ask first (True: asked, nothing started)."""
    if program.spec.runs_alongside:
        return False
    others = await _others_active(env, turn, None)
    if not others:
        return False
    _, title, week = others[0]
    await confirm.ask(
        turn,
        "switch",
        f"You're in *{title}* (week {week}). Pause it and start *{program.spec.title}*? (yes / no)",
        detail={"program": program.slug, "title": program.spec.title},
        lasts=SWITCH_FOR,
        sure=False,
    )
    return True


async def keep_current(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    """A no to "Pause it and start …?": the running program goes on, its step is shown."""
    title = asked.detail.get("title")  # kept with the question: no read to say it
    current = f" You're still in *{turn.program.spec.title}*." if turn.program else ""
    turn.say(Reply(f"Okay, I won't start {f'*{title}*' if title else 'it'}.{current}"))
    if turn.enrolment is not None and turn.enrolment.status == "active":
        await env.flow.present_current(turn)


async def switch_now(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    """A yes to "Pause it and start …?": the running program pauses, the new one starts."""
    program = await env.catalog.latest(turn.conn, str(asked.detail.get("program")))
    if program is None:
        turn.say(Reply(confirm.MOVED_ON))
        return
    paused = await _pause_others(env, turn, None)
    turn.enrolment = None  # the new one becomes the turn's (the paused one is written)
    if paused:
        turn.say(Reply(f"*{_join(paused)}* is paused; `switch` brings it back."))
    await env.flow.start(turn, program)


async def _switch_to(env: CommandEnv, turn: Turn, target: EnrolmentState) -> None:
    """Make a paused program the running one; the active one (unless alongside) pauses."""
    version = await env.catalog.version(turn.conn, target.program_version_id)
    paused: list[str] = []
    if not version.spec.runs_alongside:
        paused = await _pause_others(env, turn, keep=target.id)
    target.status = "active"
    turn.enrolment = target  # the turn's final save writes it, and makes it the current one
    turn.program = version
    note = f" *{_join(paused)}* is paused (`switch` brings it back)." if paused else ""
    turn.say(Reply(f"Back to *{version.spec.title}*.{note}"))
    await env.flow.present_current(turn)


async def switch(env: CommandEnv, turn: Turn, name: str) -> None:
    """`switch <program>` / `resume <program>`: back to a paused program."""
    running = await delivery.running(turn.conn, turn.person.user_id)
    paused = [r for r in running if r["status"] == "paused"]
    if name:
        program = await env.catalog.latest(turn.conn, name)
        target = None
        if program is not None:
            target = await running_enrolment(turn.conn, turn.person.user_id, program.program_id)
        if target is None or program is None:
            await env.offer_programs(turn, f"You're not in a program called “{name}”.")
            return
        if target.status == "active":
            await start(env, turn, name)  # already running: carries on there
            return
        await _switch_to(env, turn, target)
        return
    if len(paused) == 1:
        program = await env.catalog.latest(turn.conn, str(paused[0]["slug"]))
        if program is not None:
            target = await running_enrolment(turn.conn, turn.person.user_id, program.program_id)
            if target is not None:
                await _switch_to(env, turn, target)
                return
    if not paused:
        turn.say(Reply("You have no paused program to switch to. Type `programs` to see more."))
        return
    names = ", ".join(f"`switch {r['slug']}`" for r in paused)
    turn.say(Reply(f"Which one? {names}"))
