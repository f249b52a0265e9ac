"""What happens when a program ends: the follow-ups it declares, and the words that promise them.

Every sentence that promises a check-in after a program is generated here from the
program's `follow_up` declaration and the person's settings, and the same values
are what the planner is given (`store.delivery.start_follow_up`): the text cannot
promise days, times or an end the scheduler does not keep. Without a declaration
reminders stop with the program, and the closing message says how to come back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from engine.programs.model import WEEKDAYS, FollowUpSpec, ProgramSpec
from engine.store.delivery import DeliverySettings
from engine.timeexpr import describe_day, effective_quiet_hours, in_quiet_hours

_PLURAL = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")


@dataclass(frozen=True, slots=True)
class FollowUpPlan:
    """The follow-up check-ins of one completed enrolment, as the planner will keep them."""

    days: tuple[int, ...]  # ISO weekdays
    at: time  # local time of the check-in (before quiet hours move it)
    until: datetime  # check-ins strictly before this
    own_days: tuple[int, ...] | None  # stored for the planner; None: the person's schedule
    own_time: time | None  # stored for the planner; None: the person's check-in time


def _iso(days: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(sorted(WEEKDAYS.index(d) + 1 for d in days))


def plan(spec: ProgramSpec, settings: DeliverySettings, completed_at: datetime) -> FollowUpPlan:
    """The follow-ups of `spec` (which declares them) for this person, completed now."""
    follow = spec.follow_up
    assert follow is not None
    own_days = None if isinstance(follow.every, str) else _iso(follow.every)
    days = own_days or settings.checkin_days or _iso(spec.schedule.checkin_days)
    at = follow.at or settings.checkin_time or spec.schedule.checkin_time
    return FollowUpPlan(
        days=tuple(days),
        at=at,
        until=completed_at + timedelta(weeks=follow.for_weeks),
        own_days=own_days,
        own_time=follow.at,
    )


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def delivered_at(at: time, settings: DeliverySettings) -> time:
    """The time a check-in at `at` actually goes: quiet hours move it to their end."""
    quiet = effective_quiet_hours(settings.quiet_start, settings.quiet_end)
    if quiet is not None and in_quiet_hours(at, *quiet):
        return quiet[1]
    return at


def promise(plan: FollowUpPlan, settings: DeliverySettings, *, now: datetime) -> str:
    """The sentence that promises exactly `plan` (days, time, end, how to change it).

    The last day names its year when it is not the person's current local year (`now`).
    """
    tz = ZoneInfo(settings.timezone) if settings.timezone else ZoneInfo("UTC")
    days = (
        "every day" if len(plan.days) == 7 else "on " + _join([_PLURAL[d - 1] for d in plan.days])
    )
    at = delivered_at(plan.at, settings)
    last = describe_day(
        (plan.until - timedelta(minutes=1)).astimezone(tz).date(), today=now.astimezone(tz).date()
    )
    text = f"I'll check in with you {days} at {at:%H:%M} ({tz.key}) until {last}, then stop."
    if plan.own_days is None:
        text += " `schedule` changes the days;"
    text += " `stop reminders` stops them."
    if not settings.reminders_enabled:
        text += " Your reminders are off right now, so none will come until `start reminders`."
    return text


def ask_reply(follow: FollowUpSpec, answer: bool) -> str | None:
    """What the engine adds to the reply of the yes/no step `follow.ask` (no settings at hand:
    the promise names what the declaration fixes and says where the rest is shown)."""
    if not answer:
        return "No follow-ups then: reminders stop when the program ends."
    if isinstance(follow.every, str):
        days = "on your check-in days"
    else:
        days = "on " + _join([_PLURAL[WEEKDAYS.index(d)] for d in follow.every])
    at = f" at {follow.at:%H:%M}" if follow.at else ""
    weeks = "week" if follow.for_weeks == 1 else f"{follow.for_weeks} weeks"
    return (
        f"After the program ends I'll check in with you {days}{at} for {weeks}"
        " (`settings` shows your schedule and quiet hours)."
    )


def closing(spec: ProgramSpec, name: str | None = None) -> str:
    """The one message when a program ends without follow-ups: well done, how to come back."""
    well_done = f"Well done, {name}!" if name else "Well done!"
    return (
        f"🎉 You've completed *{spec.title}*. {well_done} You won't get more reminders from it."
        f" To come back, type `programs` to see what you can start, or `start {spec.slug}`"
        " to go through it again; `export my data` keeps your answers."
    )


def completed(spec: ProgramSpec, promised: str | None, name: str | None = None) -> str:
    """The completion message when follow-ups were planned (`promised`) or declined."""
    thanks = f"Thank you, {name}, for" if name else "Thank you for"
    text = f"🎉 You've completed *{spec.title}*! {thanks} showing up week after week."
    if promised:
        return f"{text} {promised}"
    return f"{text} No more reminders from it. {closing_hint(spec)}"


def closing_hint(spec: ProgramSpec) -> str:
    return f"Type `programs` to see what else you can start, or `start {spec.slug}` to go again."
