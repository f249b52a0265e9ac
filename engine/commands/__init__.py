"""Commands: what a message means as one (`parsing`) and the handler for each (registry below).

Adding a command = a `CommandName` and its phrase rule in `parsing`, one handler, one entry
in `COMMAND_HANDLERS` (and in `NEEDS_ENROLMENT` if it acts on the running program).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from engine.commands import (
    confirm,
    connections,
    goals,
    knowledge,
    privacy,
    program,
    reviews,
    settings,
)
from engine.commands.env import NO_PROGRAM, START_REF, CommandEnv, Handler
from engine.commands.parsing import HELP_TEXT, Command, CommandName, parse_command
from engine.messages import Reply
from engine.store.completion import latest_completed
from engine.turn_state import Turn

__all__ = [
    "COMMAND_HANDLERS",
    "HELP_TEXT",
    "NEEDS_ENROLMENT",
    "START_REF",
    "Command",
    "CommandEnv",
    "CommandName",
    "parse_command",
    "run_command",
    "run_confirmation",
]

COMMAND_HANDLERS: dict[CommandName, Handler] = {
    CommandName.HELP: program.show_help,
    CommandName.START: program.start,
    CommandName.PROGRAMS: program.programs,
    CommandName.STATUS: program.status,
    CommandName.PAUSE: program.pause,
    CommandName.RESUME: program.resume,
    CommandName.SKIP: program.skip,
    CommandName.HINT: program.hint,
    CommandName.RESTART: program.restart,
    CommandName.NEXT: program.show_next,
    CommandName.TIMEZONE: settings.timezone,
    CommandName.QUIET_HOURS: settings.quiet_hours,
    CommandName.STOP_REMINDERS: settings.stop_reminders,
    CommandName.START_REMINDERS: settings.start_reminders,
    CommandName.SNOOZE: settings.snooze,
    CommandName.AWAY: settings.away,
    CommandName.BACK: settings.back,
    CommandName.SCHEDULE: settings.schedule,
    CommandName.SETTINGS: settings.show_settings,
    CommandName.SWITCH: program.switch,
    CommandName.SWITCH_ANSWER: program.answer_switch,
    CommandName.CHECK_IN: goals.check_in,
    CommandName.GOAL_DONE: goals.goal_done,
    CommandName.GOAL_ABANDON: goals.goal_abandon,
    CommandName.GOAL_REVISE: goals.goal_revise,
    CommandName.GOAL_PROGRESS: goals.goal_progress,
    CommandName.EXPORT: privacy.export,
    CommandName.DELETE: privacy.delete,
    CommandName.CONFIRM_DELETE: privacy.confirm_delete,
    CommandName.CANCEL: privacy.cancel,
    CommandName.CONNECTIONS: connections.connections,
    CommandName.ASK: knowledge.ask,
    CommandName.SOURCES: knowledge.sources,
    CommandName.RATE: reviews.rate,
}

NEEDS_ENROLMENT = frozenset(
    {
        CommandName.AWAY,
        CommandName.BACK,
        CommandName.CHECK_IN,
        CommandName.GOAL_ABANDON,
        CommandName.GOAL_DONE,
        CommandName.GOAL_PROGRESS,
        CommandName.PAUSE,
        CommandName.RESUME,
        CommandName.SNOOZE,
        CommandName.STATUS,
    }
)


# What still works on a completed program's goal (the finished enrolment is loaded for them).
AFTER_COMPLETION = frozenset(
    {
        CommandName.CHECK_IN,
        CommandName.GOAL_ABANDON,
        CommandName.GOAL_DONE,
        CommandName.GOAL_PROGRESS,
        CommandName.RESUME,
        CommandName.STATUS,
    }
)

# A confirmed "… Sure? (yes / no)": the action that asked, by name.
CONFIRMED: dict[str, Callable[[CommandEnv, Turn], Awaitable[None]]] = {
    "restart": program.restart_now,
    "abandon_goal": goals.goal_abandon_now,
}


async def run_command(env: CommandEnv, turn: Turn, command: Command) -> None:
    """Run the command's handler; one that needs a program says so when there is none."""
    handler = COMMAND_HANDLERS.get(command.name)
    if handler is None:
        turn.say(Reply(HELP_TEXT))
        return
    if command.name in NEEDS_ENROLMENT and turn.enrolment is None:
        if not await _after_completion(env, turn, command):
            turn.say(Reply(NO_PROGRAM))
        return
    await handler(env, turn, command.argument)


async def _after_completion(env: CommandEnv, turn: Turn, command: Command) -> bool:
    """Run `command` on the person's completed program, if they have one."""
    finished = await latest_completed(turn.conn, turn.person.user_id)
    if finished is None:
        return False
    turn.enrolment = finished
    turn.program = await env.catalog.version(turn.conn, finished.program_version_id)
    title = turn.program.spec.title
    if command.name not in AFTER_COMPLETION:
        turn.say(Reply(f"*{title}* is complete. Type `status` for your summary, or `programs`."))
    else:
        await COMMAND_HANDLERS[command.name](env, turn, command.argument)
    return True


async def run_confirmation(env: CommandEnv, turn: Turn, answer: str) -> None:
    """The answer to "… Sure? (yes / no)": a yes runs the action, anything else cancels."""
    asked = confirm.take(turn)
    action = CONFIRMED.get(asked.action) if asked is not None else None
    if action is None or not confirm.is_yes(answer):
        turn.say(Reply(confirm.NOTHING_CHANGED))
        return
    await action(env, turn)
