"""What a message means as a connections command: pure parsing, no I/O.

`profile`, `profile <field> <value>` (`profile <field> clear` empties it),
`connections on|off`, `connections` (what is pending), and the bare words
`available`, `busy`, `away` for availability. As with every command, only a
whole message is a command; "busy week, but good" stays an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from engine.connections.profile import AVAILABILITY, FIELD_ALIASES, MAX_FIELD, ProfileField

__all__ = [
    "ConnectionCommand",
    "SetAvailability",
    "SetOptIn",
    "SetProfileField",
    "ShowConnections",
    "ShowProfile",
    "parse_connection_command",
]


@dataclass(frozen=True, slots=True)
class ShowProfile:
    pass


@dataclass(frozen=True, slots=True)
class ShowConnections:
    pass


@dataclass(frozen=True, slots=True)
class SetProfileField:
    field: ProfileField
    value: str  # "" clears the field


@dataclass(frozen=True, slots=True)
class SetOptIn:
    on: bool


@dataclass(frozen=True, slots=True)
class SetAvailability:
    availability: str


ConnectionCommand = ShowProfile | ShowConnections | SetProfileField | SetOptIn | SetAvailability

_TRAILING = re.compile(r"[\s.!?]+$")
_ALIASES = sorted(FIELD_ALIASES, key=len, reverse=True)
_FIELD = re.compile(
    r"(?:my\s+)?profile\s+(?P<field>" + "|".join(re.escape(a) for a in _ALIASES) + r")"
    r"(?:\s*[:=]\s*|\s+is\s+|\s+)(?P<value>.+)",
    re.IGNORECASE | re.DOTALL,
)
_SHOW = re.compile(r"(?:show\s+)?(?:my\s+)?profile", re.IGNORECASE)
_OPT = re.compile(r"connections?\s*[:=]?\s*(?P<on>on|off|yes|no|enable|disable)", re.IGNORECASE)
_STATUS = re.compile(r"(?:my\s+)?connections|intros?|introductions", re.IGNORECASE)
_AVAILABILITY = re.compile(
    r"(?:i'?m\s+|i am\s+|set me\s+(?:as\s+|to\s+)?|status\s+)?(?P<a>available|busy|away)",
    re.IGNORECASE,
)
_CLEAR = frozenset({"clear", "none", "-", "remove", "delete"})


def parse_connection_command(text: str) -> ConnectionCommand | None:
    """Read a whole message as a connections command, or None when it is not one."""
    message = " ".join(text.replace("\u2019", "'").split()).lstrip("/!").strip()
    if not message:
        return None
    match = _FIELD.fullmatch(message)
    if match is not None:
        value = match.group("value").strip()[:MAX_FIELD]
        field = FIELD_ALIASES[match.group("field").casefold()]
        return SetProfileField(field, "" if value.casefold() in _CLEAR else value)
    bare = _TRAILING.sub("", message)
    if _SHOW.fullmatch(bare):
        return ShowProfile()
    match = _OPT.fullmatch(bare)
    if match is not None:
        return SetOptIn(match.group("on").casefold() in {"on", "yes", "enable"})
    if _STATUS.fullmatch(bare):
        return ShowConnections()
    match = _AVAILABILITY.fullmatch(bare)
    if match is not None and match.group("a").casefold() in AVAILABILITY:
        return SetAvailability(match.group("a").casefold())
    return None
