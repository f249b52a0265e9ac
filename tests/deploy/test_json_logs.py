"""`LOG_FORMAT=json` on a real `coachbot` process: one JSON object per line."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

from bot.logs import JsonFormatter


def test_a_coachbot_command_logs_one_json_object_per_line(pg_url: str, tmp_path: object) -> None:
    env = {**os.environ, "DATABASE_URL": pg_url, "LOG_FORMAT": "json", "LOG_LEVEL": "INFO"}
    result = subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "db", "upgrade"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines
    for line in lines:
        record = json.loads(line)
        assert {"ts", "level", "logger", "event"} <= record.keys()


def test_only_the_chosen_fields_leave_the_record() -> None:
    record = logging.LogRecord(
        "coachbot.x", logging.ERROR, __file__, 1, "turn %s failed", ("k1",), None
    )
    record.text = "what the person typed"  # an `extra=` field must not be copied
    try:
        raise ValueError("boom")
    except ValueError:
        record.exc_info = sys.exc_info()
    line = json.loads(JsonFormatter().format(record))
    assert line["event"] == "turn k1 failed"
    assert line["exc_type"] == "ValueError"
    assert "what the person typed" not in json.dumps(line)
