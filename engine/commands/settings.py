"""Commands about when and how the coach reaches out: zone, quiet hours, reminders, away.

Time zone, quiet hours, check-in schedule, the reminder opt-out, snoozes and absences
belong to the person (`engine.store.delivery`): they apply to every program, and
starting another keeps them.
"""

from __future__ import annotations

import logging
from datetime import time

from engine.commands.env import CommandEnv
from engine.commands.keyword_typos import did_you_mean, respelled_argument
from engine.messages import Reply
from engine.programs.follow_up import delivered_at
from engine.programs.model import WEEKDAYS
from engine.store import delivery
from engine.store.completion import latest_completed
from engine.store.delivery import DeliverySettings
from engine.timeexpr import (
    DEFAULT_QUIET_HOURS,
    describe_day,
    describe_local,
    effective_quiet_hours,
    in_quiet_hours,
    parse_away_until,
    parse_quiet_hours,
    parse_schedule,
    parse_snooze,
    parse_timezone,
    quiet_hours_end,
    read_day_first,
)
from engine.turn_state import Turn

log = logging.getLogger(__name__)

_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


async def _change(turn: Turn, **changes: object) -> None:
    """Write the person's settings (every enrolment follows) and the turn's copy of them."""
    await delivery.update(turn.conn, turn.person.user_id, **changes)
    await delivery.recheck_held_check_ins(turn.conn, turn.person.user_id, turn.now)
    if turn.enrolment is not None:
        for name, value in changes.items():
            setattr(turn.enrolment, name, list(value) if isinstance(value, tuple) else value)


def describe_settings(settings: DeliverySettings, turn: Turn) -> str:
    """The person's delivery settings, as `settings` and `status` show them."""
    quiet = effective_quiet_hours(settings.quiet_start, settings.quiet_end)
    if quiet is None:
        quiet_text = "off"
    else:
        quiet_text = f"{quiet[0]:%H:%M}-{quiet[1]:%H:%M}"
        if settings.quiet_start is None:
            quiet_text += " (the default)"
    program = turn.program.spec if turn.program is not None else None
    days = settings.checkin_days
    at = settings.checkin_time
    source = ""
    if days is None or at is None:
        source = " (the program's schedule)" if program else ""
        if days is None and program is not None:
            days = tuple(WEEKDAYS.index(d) + 1 for d in program.schedule.checkin_days)
        if at is None and program is not None:
            at = program.schedule.checkin_time
    if at is not None and delivered_at(at, settings) != at:  # what arrives, and why
        why = f"{at:%H:%M} is inside your quiet hours"
        source = f" (the program's schedule; {why})" if source else f" ({why})"
        at = delivered_at(at, settings)
    if days:
        schedule = ", ".join(_DAY_NAMES[d - 1] for d in days) + (f" at {at:%H:%M}" if at else "")
    else:
        schedule = "each program's own days"
    lines = [
        "Your settings (they apply to every program):",
        f"• Time zone: {settings.timezone}",
        f"• Quiet hours: {quiet_text}",
        f"• Check-ins: {schedule}{source}",
        f"• Reminders: {'on' if settings.reminders_enabled else 'off'}",
    ]
    if settings.snoozed_until is not None and settings.snoozed_until > turn.now:
        when = describe_local(settings.snoozed_until, turn.tz, now=turn.now)
        lines.append(f"• Snoozed: I'll remind you {when}")
    today = turn.now.astimezone(turn.tz).date()
    if settings.away_until is not None and settings.away_until >= today:
        away = describe_day(settings.away_until, today=today)
        lines.append(f"• Away until {away}: no reminders until then")
    return "\n".join(lines)


async def show_settings(env: CommandEnv, turn: Turn, arg: str) -> None:
    settings = await delivery.read(turn.conn, turn.person.user_id)
    turn.say(
        Reply(
            describe_settings(settings, turn)
            + "\nChange them with `timezone …`, `quiet hours …`, `schedule …`"
            " or `stop reminders`."
        )
    )


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
    await _change(turn, timezone=tz.key)
    turn.say(Reply(f"Time zone set to {tz.key}. Reminders will follow your local time."))


async def quiet_hours(env: CommandEnv, turn: Turn, arg: str) -> None:
    if arg.strip().lower() in {"off", "none", "no"}:
        # start == end is "no quiet hours"; unset (NULL) would mean the default window
        await _change(turn, quiet_start=time(0, 0), quiet_end=time(0, 0))
        turn.say(Reply("Quiet hours off: I may message you at any hour."))
        return
    window = parse_quiet_hours(arg)
    if window is None:
        start, end = DEFAULT_QUIET_HOURS
        turn.say(Reply(f"Tell me quiet hours like `quiet hours {start:%H:%M}-{end:%H:%M}`."))
        return
    await _change(turn, quiet_start=window[0], quiet_end=window[1])
    text = (
        f"Quiet hours set: no messages between {window[0]:%H:%M} and"
        f" {window[1]:%H:%M} ({turn.tz.key})."
    )
    settings = await delivery.read(turn.conn, turn.person.user_id)
    at = settings.checkin_time
    if at is None and turn.program is not None:
        at = turn.program.spec.schedule.checkin_time
    if at is not None and delivered_at(at, settings) != at:  # the schedule now falls inside
        text += (
            f" Check-ins set for {at:%H:%M} will come at {delivered_at(at, settings):%H:%M},"
            " when they end (`schedule` changes the time)."
        )
    turn.say(Reply(text))


async def stop_reminders(env: CommandEnv, turn: Turn, arg: str) -> None:
    await _change(turn, reminders_enabled=False)
    turn.say(
        Reply(
            "Reminders are off. You can still message me any time;"
            " `start reminders` turns them back on."
        )
    )


NO_REMINDERS_AFTER = (
    "*{}* is complete, so I don't send scheduled check-ins for it any more. You can still"
    " `check in`, say `goal progress 80` or `goal done` whenever you like — or type"
    " `programs` to begin another program (with reminders)."
)


async def start_reminders(env: CommandEnv, turn: Turn, arg: str) -> None:
    await _change(turn, reminders_enabled=True)
    finished = None
    if turn.enrolment is None:  # no program runs: say what the switch changes, honestly
        finished = await latest_completed(turn.conn, turn.person.user_id)
    if finished is not None:
        version = await env.catalog.version(turn.conn, finished.program_version_id)
        turn.say(Reply("Reminders are on. " + NO_REMINDERS_AFTER.format(version.spec.title)))
        return
    turn.say(Reply("Reminders are back on."))


async def snooze(env: CommandEnv, turn: Turn, arg: str) -> None:
    until = parse_snooze(arg, now=turn.now, tz=turn.tz)
    if until is None:  # "snooze 3 horus": the keyword put right is offered, not set
        meant = respelled_argument(arg, lambda a: bool(parse_snooze(a, now=turn.now, tz=turn.tz)))
        ask = "Tell me when, like `remind me in 2 hours` or `remind me tomorrow`."
        turn.say(Reply(did_you_mean(f"snooze {meant}") if meant else ask))
        return
    enrolment = turn.running[0]
    if not enrolment.reminders_enabled:  # no reminder would come: don't promise one
        turn.say(Reply("Your reminders are off, so I couldn't remind you. `start reminders`?"))
        return
    settings = await delivery.read(turn.conn, turn.person.user_id)
    quiet = effective_quiet_hours(settings.quiet_start, settings.quiet_end)
    lead = "Okay, I'll"
    if quiet is not None and in_quiet_hours(until.astimezone(turn.tz).time(), *quiet):
        # the planner holds it to the end of quiet hours: promise that time, not this one
        until = quiet_hours_end(until, turn.tz, *quiet)
        lead = "That's inside your quiet hours, so I'll"
    await _change(turn, snoozed_until=until)  # the person's: every program of theirs
    turn.say(Reply(f"{lead} remind you {describe_local(until, turn.tz, now=turn.now)}."))


async def away(env: CommandEnv, turn: Turn, arg: str) -> None:
    until = parse_away_until(arg, now=turn.now, tz=turn.tz)
    if until is None:
        meant = respelled_argument(
            arg, lambda a: bool(parse_away_until(a, now=turn.now, tz=turn.tz))
        )
        ask = "Tell me a date, like `away until 2026-12-05`."
        turn.say(Reply(did_you_mean(f"away until {meant}") if meant else ask))
        return
    today = turn.now.astimezone(turn.tz).date()
    if until < today:
        log.info("away date in the past refused")
        turn.say(Reply(f"{until:%A %-d %B %Y} has already passed — tell me a date from today on."))
        return
    await _change(turn, away_until=until)  # the person's: every program of theirs
    read = f" (I read {arg.strip()} as day/month.)" if read_day_first(arg) else ""
    turn.say(
        Reply(f"Enjoy your time away! No reminders until {describe_day(until, today=today)}.{read}")
    )


async def back(env: CommandEnv, turn: Turn, arg: str) -> None:
    await _change(turn, away_until=None, snoozed_until=None)
    turn.say(Reply("Welcome back!"))
    await env.flow.present_current(turn)


async def schedule(env: CommandEnv, turn: Turn, arg: str) -> None:
    parsed = parse_schedule(arg)
    if parsed is None:
        turn.say(Reply("Tell me days and a time, like `schedule mon,wed,fri 08:30`."))
        return
    days, at = parsed
    settings = await delivery.read(turn.conn, turn.person.user_id)
    quiet = effective_quiet_hours(settings.quiet_start, settings.quiet_end)
    if at is not None and quiet is not None and in_quiet_hours(at, *quiet):
        log.info("check-in time inside quiet hours refused")
        turn.say(
            Reply(
                f"{at:%H:%M} is inside your quiet hours ({quiet[0]:%H:%M}-{quiet[1]:%H:%M}), so"
                " I couldn't message you then. Pick another time, or change `quiet hours` first."
            )
        )
        return
    # No days ("check-in time 9:00"): the days stay as they are, only the time changes.
    changes: dict[str, object] = {"checkin_days": tuple(days)} if days else {}
    if at is not None:
        changes["checkin_time"] = at
    await _change(turn, **changes)
    names = ", ".join(_DAY_NAMES[d - 1] for d in days)
    when = f" at {at:%H:%M}" if at else ""
    if not days:
        turn.say(Reply(f"Check-in time{when} ({turn.tz.key}); your check-in days stay the same."))
        return
    turn.say(Reply(f"Check-in reminders: {names}{when} ({turn.tz.key})."))
