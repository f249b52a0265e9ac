"""A finished program: what `status` shows after it, and asking before starting it again."""

from __future__ import annotations

from engine.commands import confirm
from engine.commands.env import CommandEnv
from engine.messages import Reply
from engine.pending_question import PendingQuestion
from engine.programs.catalog import ProgramVersionRef
from engine.store import completion
from engine.timeexpr import describe_day
from engine.turn_state import Turn

START_AGAIN_FOR = confirm.CONFIRM_FOR


async def ask_to_start_again(turn: Turn, program: ProgramVersionRef) -> bool:
    """`start` of a program the person finished: say when, and ask (True: asked).

    A yes starts it again from week 1 (`engine.commands.program.start_again_now`); anything
    else keeps it finished.
    """
    finished = await completion.finished_in(turn.conn, turn.person.user_id, program.program_id)
    if finished is None:
        return False
    when = ""
    if finished.completed_at is not None:
        today = turn.now.astimezone(turn.tz).date()
        day = describe_day(finished.completed_at.astimezone(turn.tz).date(), today=today)
        when = f" on {day}"
    title = program.spec.title
    await confirm.ask(
        turn,
        "start_again",
        f"You finished *{title}*{when}. Start it again from week 1? (yes / no)",
        detail={"program": program.slug, "title": title},
        lasts=START_AGAIN_FOR,
        sure=False,
    )
    return True


async def keep_finished(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    """A no (or anything else) to "Start it again?": the program stays finished."""
    title = asked.detail.get("title")
    turn.say(Reply(f"Okay, *{title}* stays finished. `programs` shows what else you can start."))


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
