"""Commands about the program itself: start, status, pause, resume, next, skip, hint, restart."""

from __future__ import annotations

from engine.commands import confirm
from engine.commands.env import NO_PROGRAM, CommandEnv
from engine.commands.parsing import HELP_TEXT
from engine.messages import Reply
from engine.render import progress_card, steps_before
from engine.state import AttemptRecord
from engine.store import completion, enrolments, records
from engine.store.turns import running_enrolment
from engine.turn_state import Turn
from engine.unlock import describe_local


async def show_help(env: CommandEnv, turn: Turn, arg: str) -> None:
    turn.say(Reply(HELP_TEXT))


async def start(env: CommandEnv, turn: Turn, name: str) -> None:
    if not name:
        await env.offer_programs(turn, "Here are the programs you can start:")
        return
    program = await env.catalog.latest(turn.conn, name)
    if program is None:
        await env.offer_programs(turn, f"I don't know a program called “{name}”.")
        return
    running = await running_enrolment(turn.conn, turn.person.user_id, program.program_id)
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
    card = progress_card(
        program.spec,
        week_number=enrolment.current_week,
        step_index=enrolment.current_step,
        status=enrolment.status,
        completed_steps=steps_before(program.spec, enrolment.current_week, enrolment.current_step),
        goal=str(goal["description"]) if goal else None,
        last_check_in=_check_in_line(last, turn),
        next_unlock=describe_local(locked, turn.tz) if locked is not None else None,
    )
    turn.say(Reply("Here's where you are:", card=card))


async def pause(env: CommandEnv, turn: Turn, arg: str) -> None:
    turn.running[0].status = "paused"
    turn.say(Reply("Paused. I won't send reminders until you type `resume`."))


async def resume(env: CommandEnv, turn: Turn, arg: str) -> None:
    enrolment = turn.running[0]
    if enrolment.status == "completed":
        turn.say(await completion_card(turn))
        return
    if enrolment.status == "paused":
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
    await env.flow.present_current(turn)


async def skip(env: CommandEnv, turn: Turn, arg: str) -> None:
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
    await env.flow.advance(turn)


async def hint(env: CommandEnv, turn: Turn, arg: str) -> None:
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


async def restart(env: CommandEnv, turn: Turn, arg: str) -> None:
    """Ask first: restarting sets the progress so far aside."""
    if turn.enrolment is None or turn.enrolment.status == "completed":
        await env.offer_programs(turn, NO_PROGRAM)
        return
    enrolment, program = turn.running
    where = f"week {enrolment.current_week} of {len(program.spec.weeks)}"
    confirm.ask(
        turn,
        "restart",
        f"This starts *{program.spec.title}* again from week 1, leaving {where} behind"
        " (what you wrote so far stays in your history).",
    )


async def restart_now(env: CommandEnv, turn: Turn) -> None:
    """`restart`, confirmed: the enrolment is abandoned and the program begins again."""
    if turn.enrolment is None or turn.enrolment.status == "completed":
        await env.offer_programs(turn, NO_PROGRAM)
        return
    enrolment, program = turn.running
    # In the database now (the new enrolment must not meet a running one) and in the
    # copy the turn saves at its end.
    await enrolments.abandon(turn.conn, enrolment.id)
    enrolment.status = "abandoned"
    turn.enrolment = None
    turn.say(Reply("Starting over from the beginning."))
    await env.flow.start(turn, program)


async def completion_card(turn: Turn) -> Reply:
    """What `status` shows once the program is done: weeks, goal, check-ins, what next."""
    enrolment, program = turn.running
    spec = program.spec
    weeks, check_ins = await completion.completed_count(turn.conn, enrolment.id)
    goal = await completion.latest_goal(turn.conn, enrolment.id)
    lines = [f"🎉 You completed *{spec.title}*"]
    if enrolment.completed_at is not None:
        lines[0] += f" on {enrolment.completed_at.astimezone(turn.tz):%a %-d %b %Y}"
    lines[0] += "."
    lines.append(f"• Weeks done: {weeks} of {len(spec.weeks)}")
    if goal is None:
        lines.append("• Goal: none set")
    else:
        state = {"completed": "done 🎉", "abandoned": "set aside"}.get(str(goal["status"]))
        if state is None:
            progress = goal["progress"]
            state = f"last progress {progress}%" if progress is not None else "no progress yet"
        lines.append(f"• Goal: _{goal['description']}_ — {state}")
    lines.append(f"• Check-ins: {check_ins}")
    if goal is not None and goal["status"] == "active":
        lines.append(
            "You can still `check in`, say `goal progress 80` or `goal done` for this goal."
        )
    lines.append("To begin another program, type `programs` (or `start <program>`).")
    return Reply("\n".join(lines))
