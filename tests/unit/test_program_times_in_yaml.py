"""Times in a team's program file mean what the author wrote, or fail with a way to fix them.

YAML 1.1 reads an unquoted `7:45` as the base-60 number 465; taken as seconds that was
00:07:45 (UTC-aware), so check-ins silently moved to just after midnight.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest

from engine.programs.loader import ProgramError, load_program

_PROGRAM = """\
slug: early-talks
title: Early talks
schedule:
  checkin_days: [tue, sat]
  checkin_time: {checkin}
follow_up:
  every: [sun]
  at: {follow_up}
  for_weeks: 1
weeks:
  - title: One
    steps:
      - {{key: ready, type: yes_no, prompt: "Ready?"}}
  - title: Two
    unlock: {{after_previous: true, days: 7, at: {unlock}}}
    steps:
      - {{key: again, type: yes_no, prompt: "Again?"}}
"""


def _write(tmp_path: Path, **times: str) -> Path:
    values = {"checkin": '"07:45"', "follow_up": '"18:00"', "unlock": '"08:30"', **times}
    path = tmp_path / "early-talks.yaml"
    path.write_text(_PROGRAM.format(**values), encoding="utf-8")
    return path


def test_quoted_times_are_the_local_times_written(tmp_path: Path) -> None:
    spec = load_program(_write(tmp_path)).spec
    assert spec.schedule.checkin_time == time(7, 45)
    assert spec.follow_up is not None and spec.follow_up.at == time(18, 0)
    assert spec.weeks[1].unlock.at == time(8, 30)


@pytest.mark.parametrize(
    ("field", "where"),
    [
        ("checkin", "schedule.checkin_time"),
        ("follow_up", "follow_up.at"),
        ("unlock", "weeks[1].unlock.at"),
    ],
)
def test_an_unquoted_time_is_refused_with_how_to_write_it(
    tmp_path: Path, field: str, where: str
) -> None:
    with pytest.raises(ProgramError) as caught:
        load_program(_write(tmp_path, **{field: "7:45"}))
    (line,) = caught.value.lines
    assert line.startswith(f"{tmp_path / 'early-talks.yaml'}: {where}: ")
    assert 'in quotes, like "07:45"' in line


def test_a_time_without_its_leading_zero_is_the_time_written(tmp_path: Path) -> None:
    spec = load_program(_write(tmp_path, checkin='"7:45"')).spec
    assert spec.schedule.checkin_time == time(7, 45)
