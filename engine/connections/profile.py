"""The extended profile: its fields, a snapshot for matching, and how it is shown."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "AVAILABILITY",
    "FIELD_ALIASES",
    "ProfileField",
    "ProfileSnapshot",
    "render_profile",
    "split_list",
]

AVAILABILITY = ("available", "busy", "away")
MAX_FIELD = 500
MAX_ITEMS = 12


class ProfileField(StrEnum):
    """The fields a person can set with `profile <field> <value>`."""

    COMPANY = "company"
    DEPARTMENT = "department"
    ROLE = "role"
    STRENGTHS = "strengths"
    TAGS = "strength_tags"
    EXPERTISE = "expertise"
    CHALLENGE = "challenge"
    COLLABORATION = "collaboration"


# What people type → the field. Longest first, so "working on" wins over "working".
FIELD_ALIASES: dict[str, ProfileField] = {
    "company": ProfileField.COMPANY,
    "organisation": ProfileField.COMPANY,
    "organization": ProfileField.COMPANY,
    "department": ProfileField.DEPARTMENT,
    "dept": ProfileField.DEPARTMENT,
    "team": ProfileField.DEPARTMENT,
    "role": ProfileField.ROLE,
    "title": ProfileField.ROLE,
    "job": ProfileField.ROLE,
    "strengths": ProfileField.STRENGTHS,
    "strength": ProfileField.STRENGTHS,
    "tags": ProfileField.TAGS,
    "strength tags": ProfileField.TAGS,
    "expertise": ProfileField.EXPERTISE,
    "skills": ProfileField.EXPERTISE,
    "expert in": ProfileField.EXPERTISE,
    "challenge": ProfileField.CHALLENGE,
    "working on": ProfileField.CHALLENGE,
    "current challenge": ProfileField.CHALLENGE,
    "collaboration": ProfileField.COLLABORATION,
    "preferences": ProfileField.COLLABORATION,
    "collaboration preferences": ProfileField.COLLABORATION,
}

LIST_FIELDS = frozenset({ProfileField.TAGS, ProfileField.EXPERTISE})


def split_list(value: str) -> tuple[str, ...]:
    """ "Kafka, event sourcing; Postgres" → ("Kafka", "event sourcing", "Postgres")."""
    items = [item.strip() for chunk in value.split(";") for item in chunk.split(",")]
    unique = dict.fromkeys(item[:80] for item in items if item)
    return tuple(unique)[:MAX_ITEMS]


@dataclass(frozen=True, slots=True)
class ProfileSnapshot:
    """One person's profile as matching sees it (no names, no platform ids)."""

    user_id: int
    workspace: str
    company: str | None = None
    department: str | None = None
    role: str | None = None
    strengths: str | None = None
    strength_tags: tuple[str, ...] = ()
    expertise: tuple[str, ...] = ()
    challenge: str | None = None
    collaboration: str | None = None
    availability: str = "available"
    opt_in: bool = False

    @property
    def matchable(self) -> bool:
        """Opted in and available: may be proposed this round."""
        return self.opt_in and self.availability == "available"


def render_profile(p: ProfileSnapshot, *, company_default: str) -> str:
    """The person's own profile, as `profile` shows it."""

    def show(value: str | None) -> str:
        return value if value else "—"

    tags = ", ".join(p.strength_tags) or "—"
    expertise = ", ".join(p.expertise) or "—"
    lines = [
        "*Your profile* for colleague introductions. A colleague I suggest sees your"
        " department, role and what you know or work on; your name only once you"
        " both say yes:",
        f"• company: {p.company or company_default}",
        f"• department: {show(p.department)}",
        f"• role: {show(p.role)}",
        f"• strengths: {show(p.strengths)} (tags: {tags})",
        f"• expertise: {expertise}",
        f"• working on: {show(p.challenge)}",
        f"• collaboration: {show(p.collaboration)}",
        f"• availability: {p.availability}",
        f"• connections: {'on' if p.opt_in else 'off'}",
        "Change a field with e.g. `profile expertise Kafka, event sourcing` or"
        " `profile working on our billing migration`; `connections on` to be introduced.",
    ]
    return "\n".join(lines)
