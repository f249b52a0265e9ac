"""The one question waiting for a yes or a no outside a step, kept on the person.

`users.pending_question` (JSONB) holds it between two messages; it comes with the person
the turn loads and is saved with the turn, so answering it costs no read of its own.
The JSON is versioned (`v`); the loader is tolerant: version 0 is the `confirm` an
enrolment's conversation state kept before migration 0015 (`{"action", "expires"}`),
anything unreadable is no question at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

Detail = dict[str, str | int]  # what a question is about: ids, slugs, titles

QUESTION_VERSION = 1
_V0_LASTED = timedelta(minutes=10)  # how long a version-0 question was open


@dataclass(frozen=True, slots=True)
class PendingQuestion:
    """`kind` ("restart", "abandon_goal", "delete", "switch") asked at `asked_at`, answerable
    until `expires_at`; `detail` is what it is about (an enrolment id, a program's slug)."""

    kind: str
    asked_at: datetime
    expires_at: datetime
    detail: Detail = field(default_factory=dict)

    def open_at(self, now: datetime) -> bool:
        """Whether a yes given at `now` may still answer it."""
        return now < self.expires_at

    def to_json(self) -> dict[str, Any]:
        return {
            "v": QUESTION_VERSION,
            "kind": self.kind,
            "detail": dict(self.detail),
            "asked_at": self.asked_at.isoformat(),
            "expires_at": self.expires_at.isoformat(),
        }

    @classmethod
    def from_json(cls, raw: object) -> PendingQuestion | None:
        """Read any stored version; None for no (or an unreadable) question."""
        if not isinstance(raw, dict):
            return None
        if "v" not in raw and isinstance(raw.get("action"), str):  # version 0
            expires = _timestamp(raw.get("expires"))
            if expires is None:
                return None
            return cls(raw["action"], expires - _V0_LASTED, expires)
        kind, detail = raw.get("kind"), raw.get("detail")
        asked, expires = _timestamp(raw.get("asked_at")), _timestamp(raw.get("expires_at"))
        if not isinstance(kind, str) or asked is None or expires is None:
            return None
        return cls(kind, asked, expires, _detail(detail))


def _detail(raw: object) -> Detail:
    if not isinstance(raw, dict):
        return {}
    return {
        str(k): v for k, v in raw.items() if isinstance(v, str | int) and not isinstance(v, bool)
    }


def _timestamp(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return None
    return stamp if stamp.tzinfo is not None else None
