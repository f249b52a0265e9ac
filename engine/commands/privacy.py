"""Commands about the person's data: export, delete (with confirmation), cancel."""

from __future__ import annotations

from engine.commands.env import CommandEnv
from engine.messages import Attachment, Reply
from engine.store import privacy
from engine.turn_state import Turn


async def export(env: CommandEnv, turn: Turn, arg: str) -> None:
    data = await privacy.export_data(turn.conn, turn.person.user_id)
    file = Attachment("coachbot-export.json", privacy.export_json(data))
    turn.say(Reply("Here is everything I store about you, as a JSON file.", attachment=file))


async def delete(env: CommandEnv, turn: Turn, arg: str) -> None:
    await privacy.request_deletion(turn.conn, turn.person.user_id, turn.now)
    turn.say(
        Reply(
            "This deletes *everything* about you: answers, goals, check-ins and"
            " messages. It cannot be undone. Type `yes delete` within 15 minutes"
            " to confirm, or `cancel`."
        )
    )


async def confirm_delete(env: CommandEnv, turn: Turn, arg: str) -> None:
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


async def cancel(env: CommandEnv, turn: Turn, arg: str) -> None:
    cancelled = await privacy.cancel_deletion(turn.conn, turn.person.user_id)
    if turn.enrolment is not None:
        turn.enrolment.step_state.adhoc = None
    turn.say(Reply("Cancelled — nothing was deleted." if cancelled else "Okay."))
