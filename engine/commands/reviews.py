"""`rate 4 great practice`: a 1–5 review of the scenario just practised, or of the program."""

from __future__ import annotations

from engine.commands.env import CommandEnv
from engine.messages import Reply
from engine.scenarios.rating import parse_rating
from engine.store import scenarios as store
from engine.turn_state import Turn

NOTHING_TO_RATE = "There's nothing to rate yet — start a program first (`programs`)."


async def rate(env: CommandEnv, turn: Turn, arg: str) -> None:
    rating = parse_rating(f"rate {arg}")
    if rating is None:
        turn.say(Reply("Rate from 1 to 5, with a comment if you like: `rate 4 good practice`."))
        return
    # The running program, or the last one (a review usually comes right after the end).
    target = await store.rating_target(turn.conn, user_id=turn.person.user_id)
    if target is None:
        turn.say(Reply(NOTHING_TO_RATE))
        return
    await store.save_review(
        turn.conn,
        enrolment_id=target.enrolment_id,
        user_id=turn.person.user_id,
        program_id=target.program_id,
        scope=target.scope,
        rating=rating.stars,
        comment=rating.comment,
        now=turn.now,
    )
    what = "this practice" if target.scope else "the program"
    turn.say(Reply(f"Thank you — {rating.stars}/5 for {what} is noted."))
