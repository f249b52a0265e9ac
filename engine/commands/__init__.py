"""Commands: what a message means as one (`parsing`) and the handler for each (registry below).

Adding a command = a `CommandName` and its phrase rule in `parsing`, one handler, one entry
in `COMMAND_HANDLERS` (and in `NEEDS_ENROLMENT` if it acts on the running program).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from engine.commands import (
    confirm,
    connections,
    finished,
    goals,
    knowledge,
    navigation,
    privacy,
    program,
    reviews,
    settings,
)
from engine.commands.env import NO_PROGRAM, START_REF, CommandEnv, Handler
from engine.commands.parsing import HELP_TEXT, Command, CommandName, parse_command
from engine.messages import Reply
from engine.pending_question import PendingQuestion
from engine.store.completion import latest_completed
from engine.turn_state import Turn

__all__ = [
    "COMMAND_HANDLERS",
    "HELP_TEXT",
    "NEEDS_ENROLMENT",
    "QUESTIONS",
    "START_REF",
    "Command",
    "CommandEnv",
    "CommandName",
    "decline_question",
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
    CommandName.CHECK_IN: goals.check_in,
    CommandName.GOAL_DONE: goals.goal_done,
    CommandName.GOAL_ABANDON: goals.goal_abandon,
    CommandName.GOAL_REVISE: goals.goal_revise,
    CommandName.GOAL_PROGRESS: goals.goal_progress,
    CommandName.GOAL_SHOW: goals.show_goal,
    CommandName.GO_BACK: navigation.go_back,
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
        CommandName.GOAL_SHOW,
        CommandName.GO_BACK,
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
        CommandName.GOAL_SHOW,
        CommandName.RESUME,
        CommandName.STATUS,
    }
)

Answered = Callable[[CommandEnv, Turn, PendingQuestion], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class QuestionKind:
    """What a yes and a no do to one kind of pending question (`engine.commands.confirm`)."""

    yes: Answered
    no: Answered


async def _nothing_changed(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    turn.say(Reply(confirm.NOTHING_CHANGED))


QUESTIONS: dict[str, QuestionKind] = {
    "restart": QuestionKind(program.restart_now, _nothing_changed),
    "abandon_goal": QuestionKind(goals.goal_abandon_now, _nothing_changed),
    "delete": QuestionKind(privacy.delete_now, privacy.keep_data),
    "switch": QuestionKind(program.switch_now, program.keep_current),
    "start_again": QuestionKind(program.start_again_now, finished.keep_finished),
}


async def run_command(env: CommandEnv, turn: Turn, command: Command) -> None:
    """Run the command's handler; one that needs a program says so when there is none."""
    handler = COMMAND_HANDLERS.get(command.name)
    if handler is None:
        turn.say(Reply(HELP_TEXT))
        return
    if command.name in NEEDS_ENROLMENT and turn.enrolment is None:
        if await _after_completion(env, turn, command):
            return
        if await env.programs_installed(turn):
            turn.say(Reply(NO_PROGRAM))
        else:  # "type `programs`" would list nothing: say why, and how an admin fixes it
            await env.offer_programs(turn, NO_PROGRAM)
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
    """The answer to the pending question: a yes does what its kind says, a no its "no";
    anything else is asked about once more, then leaves things as they are, and the person
    is shown where they are (`engine.commands.confirm`)."""
    waiting = confirm.pending(turn)
    said = confirm.classify(answer, waiting.kind if waiting is not None else "")
    unclear = said is confirm.Answer.OTHER and waiting is not None and waiting.kind in QUESTIONS
    if unclear and waiting is not None and await confirm.ask_again(turn, waiting):
        return
    asked = await confirm.take(turn, said)
    kind = QUESTIONS.get(asked.kind) if asked is not None else None
    if asked is None or kind is None:
        turn.say(Reply(confirm.NOTHING_CHANGED))
    elif said is confirm.Answer.YES:
        await kind.yes(env, turn, asked)
    elif said is confirm.Answer.NO:
        await kind.no(env, turn, asked)
    else:
        turn.say(Reply(confirm.unclear(asked)))
        enrolment = turn.enrolment
        if enrolment is not None and enrolment.status == "active":
            await env.flow.present_current(turn)


async def decline_question(env: CommandEnv, turn: Turn) -> None:
    """Another command (or button) came instead of an answer: taken as a no, said so."""
    if await confirm.take(turn, confirm.Answer.OTHER) is not None:
        turn.say(Reply(confirm.TAKEN_AS_NO))
