"""Commands: what a message means as one (`parsing`) and the handler for each (registry below).

Adding a command = a `CommandName` and its phrase rule in `parsing`, one handler, one entry
in `COMMAND_HANDLERS` (and in `NEEDS_ENROLMENT` if it acts on the running program).
"""

from __future__ import annotations

from engine.commands import connections, goals, knowledge, privacy, program, reviews, settings
from engine.commands.env import NO_PROGRAM, START_REF, CommandEnv, Handler
from engine.commands.parsing import HELP_TEXT, Command, CommandName, parse_command
from engine.messages import Reply
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


async def run_command(env: CommandEnv, turn: Turn, command: Command) -> None:
    """Run the command's handler; one that needs a program says so when there is none."""
    handler = COMMAND_HANDLERS.get(command.name)
    if handler is None:
        turn.say(Reply(HELP_TEXT))
        return
    if command.name in NEEDS_ENROLMENT and turn.enrolment is None:
        turn.say(Reply(NO_PROGRAM))
        return
    await handler(env, turn, command.argument)
