"""Commands about the person's data: export, delete (with confirmation), cancel."""

from __future__ import annotations

from datetime import timedelta

from engine.commands import confirm
from engine.commands.env import CommandEnv
from engine.messages import Attachment, Reply
from engine.pending_question import PendingQuestion
from engine.store import privacy
from engine.turn_state import Turn

DELETE_FOR = timedelta(minutes=15)


async def export(env: CommandEnv, turn: Turn, arg: str) -> None:
    data = await privacy.export_data(turn.conn, turn.person.user_id)
    file = Attachment("coachbot-export.json", privacy.export_json(data))
    turn.say(Reply("Here is everything I store about you, as a JSON file.", attachment=file))


async def delete(env: CommandEnv, turn: Turn, arg: str) -> None:
    """Ask first; the yes (`yes delete`, or any clear yes) comes with the next message."""
    await confirm.ask(
        turn,
        "delete",
        "This deletes *everything* about you: answers, goals, check-ins and"
        " messages. It cannot be undone. Type `yes delete` within 15 minutes"
        " to confirm, or `cancel`.",
        lasts=DELETE_FOR,
        sure=False,
    )


async def delete_now(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    """`delete my data`, confirmed: every row about the person goes."""
    await privacy.delete_person(turn.conn, turn.person.user_id, turn.now)
    turn.deleted = True
    turn.enrolment = None
    turn.say(
        Reply(
            "Done. Everything about you has been deleted. If you write again,"
            " we start from scratch."
        )
    )


async def keep_data(env: CommandEnv, turn: Turn, asked: PendingQuestion) -> None:
    turn.say(Reply("Cancelled — nothing was deleted."))


async def confirm_delete(env: CommandEnv, turn: Turn, arg: str) -> None:
    """`yes delete` with no deletion asked (an asked one is answered before commands)."""
    turn.say(Reply("Type `delete my data` first; I'll then ask you to confirm."))


async def cancel(env: CommandEnv, turn: Turn, arg: str) -> None:
    if turn.enrolment is not None:
        turn.enrolment.step_state.adhoc = None
    turn.say(Reply("Okay."))
