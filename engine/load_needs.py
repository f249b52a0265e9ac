"""What the turn's load must carry for a message, told from the message alone.

The plan loads the person, their enrolment and, in the same statement, what routing the
message may read (`engine.store.turn_reads`): the background, and the open intro when
the text could answer one. A read left out is read on its own if routing wants it after
all, so these only have to be right for the common case.
"""

from __future__ import annotations

from engine.commands import CommandName, parse_command
from engine.connections.intros import typed_answer
from engine.messages import Action

# Commands whose words may answer the step after all (`Router._is_really_an_answer`: so
# may `start <words>` that names no program) or ask a question (`ask …`).
_MAY_ANSWER = frozenset(
    {CommandName.RESUME, CommandName.NEXT, CommandName.HINT, CommandName.SKIP, CommandName.ASK}
)


def needs_background(text: str, action: Action | None) -> bool:
    """Whether routing the message may read the person's background: not for a command
    that stays one however the turn stands (`status`, `help`), as `Router.route` sends it
    straight to the command."""
    if action is not None:
        return True
    command = parse_command(text)
    if command is None or command.name in _MAY_ANSWER:
        return True
    return command.name is CommandName.START and bool(command.argument)


def may_answer_intro(text: str) -> bool:
    """Whether `text` could answer an intro: the turn's load then reads the open one."""
    return typed_answer(text, met=False) is not None
