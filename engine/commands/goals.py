"""Commands about the person's goal and check-ins outside the program's steps."""

from __future__ import annotations

from engine.commands import confirm
from engine.commands.env import CommandEnv
from engine.messages import Reply
from engine.pending_question import PendingQuestion
from engine.render import step_ref
from engine.steps import CheckInRecord
from engine.steps.check_in import check_in_question
from engine.steps.state import CheckInProgress, GoalRevision, SmartGoalDraft
from engine.store import records
from engine.store.step_records import active_goal_parts, write_records
from engine.turn_state import Turn

ADHOC_CHECK_IN_WEEK = 0  # an ad-hoc check-in's buttons belong to no week of the program


def adhoc_check_in_ref(enrolment_id: int) -> str:
    return step_ref(enrolment_id, ADHOC_CHECK_IN_WEEK, "checkin")


async def check_in(env: CommandEnv, turn: Turn, arg: str) -> None:
    enrolment = turn.running[0]
    enrolment.step_state.adhoc = CheckInProgress(part="mood")
    turn.say(check_in_question(None, adhoc_check_in_ref(enrolment.id), "mood"))


async def _goal_status(turn: Turn, status: str, message: str) -> None:
    enrolment = turn.running[0]
    goal = await records.set_goal_status(
        turn.conn, enrolment_id=enrolment.id, status=status, now=turn.now
    )
    turn.say(Reply(message.format(goal) if goal else "You don't have an active goal."))


async def goal_done(env: CommandEnv, turn: Turn, arg: str) -> None:
    await _goal_status(turn, "completed", "🎉 Goal completed: _{}_. Brilliant work!")


async def goal_abandon(env: CommandEnv, turn: Turn, arg: str) -> None:
    """Ask first: a goal set aside is not active any more."""
    goal = await records.active_goal(turn.conn, turn.running[0].id)
    if goal is None:
        turn.say(Reply("You don't have an active goal."))
        return
    await confirm.ask(
        turn,
        "abandon_goal",
        f"This sets your goal aside: _{goal['description']}_.",
        detail={"enrolment": turn.running[0].id},
    )


async def goal_abandon_now(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    """`abandon goal`, confirmed."""
    if not confirm.about_running(turn, asked):
        turn.say(Reply(confirm.MOVED_ON))
        return
    await _goal_status(
        turn,
        "abandoned",
        "Goal set aside: _{}_. That's allowed — type `revise goal` whenever you want a new one.",
    )


async def goal_revise(env: CommandEnv, turn: Turn, arg: str) -> None:
    goal = await records.active_goal(turn.conn, turn.enrolment.id) if turn.enrolment else None
    if turn.enrolment is None or goal is None:
        turn.say(Reply("You don't have an active goal to revise."))
        return
    current = str(goal["description"])
    parts = await active_goal_parts(turn.conn, turn.enrolment.id)
    turn.enrolment.step_state.adhoc = GoalRevision(SmartGoalDraft(smart=parts, goal=current))
    turn.say(
        Reply(
            f"Your goal is: _{current}_\nWhat would you like to change? Write the new version,"
            " or just the part to change (the amount, the deadline, why it matters)."
            " I'll show you the result before anything is replaced; `cancel` keeps it as it is."
        )
    )


async def show_goal(env: CommandEnv, turn: Turn, arg: str) -> None:
    """ "What's my goal?": the goal as saved, then the step it interrupted, which it does
    not answer."""
    enrolment = turn.running[0]
    goal = await records.active_goal(turn.conn, enrolment.id)
    if goal is None:
        turn.say(Reply("You don't have a saved goal in this program yet."))
    else:
        turn.say(Reply(f"Your goal: _{goal['description']}_"))
    if enrolment.status == "active":
        await env.flow.present_current(turn)


async def goal_progress(env: CommandEnv, turn: Turn, arg: str) -> None:
    enrolment = turn.running[0]
    digits = "".join(ch for ch in arg if ch.isdigit())
    value = int(digits) if digits else -1
    if not 0 <= value <= 100:
        turn.say(Reply("Progress is a number from 0 to 100, like `goal progress 60`."))
        return
    if await records.active_goal(turn.conn, enrolment.id) is None:
        turn.say(Reply("You don't have an active goal, so there's no goal progress to record."))
        return
    await write_records(turn.conn, enrolment, (CheckInRecord(None, value),), now=turn.now)
    turn.say(Reply(f"Goal progress recorded: {value}%."))
