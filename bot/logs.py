"""`LOG_FORMAT=json`: one JSON object per log line, for log collectors (Loki, CloudWatch, ...).

Fields: `ts` (UTC, ISO 8601), `level`, `logger`, `event` (the formatted log message,
which by policy never holds message text or tokens), `process`, and `exc_type`/`exc`
for exceptions. Nothing else from the record is copied, so nothing leaks by accident.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
            "process": record.process,
        }
        if record.exc_info and record.exc_info[0] is not None:
            line["exc_type"] = record.exc_info[0].__name__
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def use_json_logs() -> None:
    """Give every handler of the root logger the JSON formatter."""
    for handler in logging.getLogger().handlers:
        handler.setFormatter(JsonFormatter())
