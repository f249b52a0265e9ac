"""Week unlock times in the person's time zone."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from engine.programs.model import UnlockRule
from engine.timeexpr import describe_local
from engine.unlock import unlock_time

BERLIN = ZoneInfo("Europe/Berlin")
ENROLLED = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def opens_after(rule: UnlockRule, done: datetime) -> datetime:
    """When `rule` opens a Berlin person's week, the previous one done at `done`."""
    return unlock_time(rule, previous_completed_at=done, enrolled_at=ENROLLED, tz=BERLIN)


def test_no_gate_opens_immediately() -> None:
    done = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
    assert opens_after(UnlockRule(), done) == done


def test_days_and_local_time_after_completion() -> None:
    done = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)  # 21:00 in Berlin
    opens = opens_after(UnlockRule(days=7, at=time(9, 0)), done)
    assert opens.astimezone(BERLIN) == datetime(2026, 3, 17, 9, 0, tzinfo=BERLIN)


def test_a_nine_oclock_gate_keeps_local_time_across_the_spring_change() -> None:
    done = datetime(2026, 3, 25, 10, 0, tzinfo=UTC)  # before Berlin's switch on 29 March
    opens = opens_after(UnlockRule(days=7, at=time(9, 0)), done)
    assert opens == datetime(2026, 4, 1, 7, 0, tzinfo=UTC)  # 09:00 CEST
    assert opens.astimezone(BERLIN).hour == 9


def test_same_day_gate_after_its_hour_waits_for_tomorrow() -> None:
    done = datetime(2026, 3, 10, 21, 30, tzinfo=UTC)  # 22:30 in Berlin
    opens = opens_after(UnlockRule(days=0, at=time(9, 0)), done)
    assert opens.astimezone(BERLIN) == datetime(2026, 3, 11, 9, 0, tzinfo=BERLIN)


def test_a_gate_counted_from_enrolment() -> None:
    rule = UnlockRule(after_previous=False, days=14)
    opens = opens_after(rule, datetime(2026, 3, 2, tzinfo=UTC))
    assert opens == datetime(2026, 3, 15, 8, 0, tzinfo=UTC)


def test_describe_local_names_the_zone() -> None:
    now = datetime(2026, 3, 1, tzinfo=UTC)
    text = describe_local(datetime(2026, 3, 17, 8, 0, tzinfo=UTC), BERLIN, now=now)
    assert text == "Tuesday 17 March at 09:00 (Europe/Berlin)"
