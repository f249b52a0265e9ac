"""Follow-ups are declared in the program file, validated, and the only source of promises."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest

from engine.programs.follow_up import ask_reply, closing, plan, promise
from engine.programs.loader import ProgramError, parse_program
from engine.store.delivery import DeliverySettings

BUILTIN = Path(__file__).resolve().parents[2] / "engine" / "programs" / "builtin"


def _data(**follow_up: Any) -> dict[str, Any]:
    return {
        "slug": "tidy-desk",
        "title": "Tidy Desk",
        "schedule": {"checkin_days": ["mon", "thu"], "checkin_time": "08:30"},
        "follow_up": follow_up,
        "weeks": [
            {
                "title": "One",
                "steps": [
                    {"key": "more", "type": "yes_no", "prompt": "Keep going after?"},
                    {"key": "why", "type": "question", "prompt": "Why?"},
                ],
            }
        ],
    }


@pytest.mark.parametrize(
    ("follow_up", "expected"),
    [
        ({"every": [], "for_weeks": 2}, "tidy.yaml: follow_up.every: "),
        ({"every": ["mon", "mon"], "for_weeks": 2}, "tidy.yaml: follow_up.every: "),
        ({"every": ["someday"], "for_weeks": 2}, "tidy.yaml: follow_up.every"),
        ({"every": "weekly", "for_weeks": 2}, "tidy.yaml: follow_up.every"),
        ({"every": ["tue"]}, "tidy.yaml: follow_up.for_weeks: "),
        ({"every": ["tue"], "for_weeks": 0}, "tidy.yaml: follow_up.for_weeks: "),
        ({"every": ["tue"], "for_weeks": 2, "at": "25:00"}, "tidy.yaml: follow_up.at: "),
        ({"for_weeks": 2, "ask": "nope"}, "tidy.yaml: follow_up.ask: no step has the key"),
        ({"for_weeks": 2, "ask": "why"}, "tidy.yaml: follow_up.ask: step 'why' is a question"),
        ({"for_weeks": 2, "when": "later"}, "tidy.yaml: follow_up.when: "),
    ],
)
def test_a_bad_follow_up_names_file_path_and_reason(
    follow_up: dict[str, Any], expected: str
) -> None:
    with pytest.raises(ProgramError) as error:
        parse_program(_data(**follow_up), source="tidy.yaml")
    assert any(line.startswith(expected) for line in error.value.lines), error.value.lines


def test_the_promise_says_exactly_what_is_planned() -> None:
    spec = parse_program(
        _data(every=["tue", "sat"], at="07:30", for_weeks=3, ask="more"), source="t.yaml"
    )
    settings = DeliverySettings("Europe/Lisbon", None, None, (3,), time(18, 0), True)
    planned = plan(spec, settings, datetime(2026, 3, 2, 12, 0, tzinfo=UTC))
    assert planned.days == (2, 6) and planned.at == time(7, 30)
    assert planned.until == datetime(2026, 3, 23, 12, 0, tzinfo=UTC)
    text = promise(planned, settings, now=datetime(2026, 3, 2, 12, 0, tzinfo=UTC))
    # 07:30 is inside the default quiet hours (21:00-08:00): it goes at 08:00, and says so.
    assert "on Tuesdays and Saturdays at 08:00 (Europe/Lisbon) until Monday 23 March" in text
    assert "`schedule`" not in text  # the program fixed the days: schedule does not move them
    assert spec.follow_up is not None
    assert "on Tuesdays and Saturdays at 07:30 for 3 weeks" in (
        ask_reply(spec.follow_up, True) or ""
    )


def test_the_persons_days_and_time_when_the_program_says_check_in_days() -> None:
    spec = parse_program(_data(for_weeks=1), source="t.yaml")
    mine = DeliverySettings("UTC", time(0), time(0), (5,), time(19, 0), False)
    march = datetime(2026, 3, 2, tzinfo=UTC)
    text = promise(plan(spec, mine, march), mine, now=march)
    assert "on Fridays at 19:00 (UTC)" in text and "`schedule` changes the days" in text
    assert "reminders are off" in text
    default = DeliverySettings("UTC", None, None, None, None, True)
    assert "on Mondays and Thursdays at 08:30" in promise(
        plan(spec, default, march), default, now=march
    )


def test_a_follow_up_ending_next_year_names_the_year() -> None:
    spec = parse_program(_data(for_weeks=4), source="t.yaml")
    settings = DeliverySettings("Asia/Tokyo", None, None, None, None, True)
    december = datetime(2026, 12, 20, 12, 0, tzinfo=UTC)
    text = promise(plan(spec, settings, december), settings, now=december)
    assert "until Sunday 17 January 2027, then stop." in text, text
    # Ending this year: no year named.
    soon = parse_program(_data(for_weeks=1), source="t.yaml")
    early = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    assert "until Tuesday 8 December, then stop." in promise(
        plan(soon, settings, early), settings, now=early
    )


def test_without_follow_up_the_closing_says_how_to_come_back() -> None:
    data = _data()
    del data["follow_up"]
    text = closing(parse_program(data, source="t.yaml"))
    assert "won't get more reminders" in text and "`start tidy-desk`" in text


@pytest.mark.parametrize("path", sorted(BUILTIN.glob("*.yaml")), ids=lambda p: p.name)
def test_no_builtin_program_writes_its_own_follow_up_promise(path: Path) -> None:
    """Promises of check-ins after a step are generated from `follow_up`, never written."""
    text = path.read_text(encoding="utf-8")
    promises = re.findall(
        r"I'll (?:check in|keep (?:your|checking)|be checking|remind you)[^\n\"]*", text
    )
    assert promises == []
