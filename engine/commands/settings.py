"""Commands about when and how the coach reaches out: zone, quiet hours, reminders, away."""

from __future__ import annotations

import logging
from datetime import time

from engine.commands.env import CommandEnv
from engine.messages import Reply
from engine.store import enrolments
from engine.timeexpr import (
    effective_quiet_hours,
    in_quiet_hours,
    parse_away_until,
    parse_quiet_hours,
    parse_schedule,
    parse_snooze,
    parse_timezone,
)
from engine.turn_state import Turn
from engine.unlock import describe_local

log = logging.getLogger(__name__)


async def timezone(env: CommandEnv, turn: Turn, arg: str) -> None:
    tz = parse_timezone(arg)
    if tz is None:
        turn.say(
            Reply(
                f"I don't know the time zone “{arg}”. Try a name like"
                " `Europe/Berlin` or `America/New_York`."
            )
        )
        return
    turn.person.timezone = tz.key
    await enrolments.set_timezone(turn.conn, user_id=turn.person.user_id, timezone=tz.key)
    if turn.enrolment is not None:
        turn.enrolment.timezone = tz.key
    turn.say(Reply(f"Time zone set to {tz.key}. Reminders will follow your local time."))


async def quiet_hours(env: CommandEnv, turn: Turn, arg: str) -> None:
    enrolment = turn.running[0]
    if arg.strip().lower() in {"off", "none", "no"}:
        # start == end is "no quiet hours"; unset (NULL) would mean the default window
        enrolment.quiet_start = enrolment.quiet_end = time(0, 0)
        turn.say(Reply("Quiet hours off: I may message you at any hour."))
        return
    window = parse_quiet_hours(arg)
    if window is None:
        turn.say(Reply("Tell me quiet hours like `quiet hours 21:00-08:00`."))
        return
    enrolment.quiet_start, enrolment.quiet_end = window
    turn.say(
        Reply(
            f"Quiet hours set: no messages between {window[0]:%H:%M} and"
            f" {window[1]:%H:%M} ({turn.tz.key})."
        )
    )


async def stop_reminders(env: CommandEnv, turn: Turn, arg: str) -> None:
    turn.running[0].reminders_enabled = False
    turn.say(
        Reply(
            "Reminders are off. You can still message me any time;"
            " `start reminders` turns them back on."
        )
    )


async def start_reminders(env: CommandEnv, turn: Turn, arg: str) -> None:
    turn.running[0].reminders_enabled = True
    turn.say(Reply("Reminders are back on."))


async def snooze(env: CommandEnv, turn: Turn, arg: str) -> None:
    until = parse_snooze(arg, now=turn.now, tz=turn.tz)
    if until is None:
        turn.say(Reply("Tell me when, like `remind me in 2 hours` or `remind me tomorrow`."))
        return
    turn.running[0].snoozed_until = until
    turn.say(Reply(f"Okay, I'll remind you {describe_local(until, turn.tz)}."))


async def away(env: CommandEnv, turn: Turn, arg: str) -> None:
    until = parse_away_until(arg, now=turn.now, tz=turn.tz)
    if until is None:
        turn.say(Reply("Tell me a date, like `away until 2026-12-05`."))
        return
    today = turn.now.astimezone(turn.tz).date()
    if until < today:
        log.warning("away date in the past refused")
        turn.say(Reply(f"{until:%A %-d %B %Y} has already passed — tell me a date from today on."))
        return
    turn.running[0].away_until = until
    turn.say(Reply(f"Enjoy your time away! No reminders until {until:%A %-d %B}."))


async def back(env: CommandEnv, turn: Turn, arg: str) -> None:
    enrolment = turn.running[0]
    enrolment.away_until = None
    enrolment.snoozed_until = None
    turn.say(Reply("Welcome back!"))
    await env.flow.present_current(turn)


async def schedule(env: CommandEnv, turn: Turn, arg: str) -> None:
    enrolment = turn.running[0]
    parsed = parse_schedule(arg)
    if parsed is None:
        turn.say(Reply("Tell me days and a time, like `schedule mon,wed,fri 08:30`."))
        return
    days, at = parsed
    quiet = effective_quiet_hours(enrolment.quiet_start, enrolment.quiet_end)
    if at is not None and quiet is not None and in_quiet_hours(at, *quiet):
        log.warning("check-in time inside quiet hours refused")
        turn.say(
            Reply(
                f"{at:%H:%M} is inside your quiet hours ({quiet[0]:%H:%M}-{quiet[1]:%H:%M}), so"
                " I couldn't message you then. Pick another time, or change `quiet hours` first."
            )
        )
        return
    enrolment.checkin_days = list(days)
    if at is not None:
        enrolment.checkin_time = at
    names = ", ".join(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[d - 1] for d in days)
    when = f" at {at:%H:%M}" if at else ""
    turn.say(Reply(f"Check-in reminders: {names}{when} ({turn.tz.key})."))
