"""What the double opt-in says: the anonymous intro, the reveal, the "did you meet?".

An intro describes the other person by department, role and what they know or
work on, never by name or handle; the name is only in the reveal, which is
written once both said yes. Buttons carry refs `conn.<id>` (values `yes` /
`no`) and `conn.<id>.met` (values `met:yes` / `met:no`), so a click finds its
suggestion; in the console they degrade to numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from engine.connections.matching import Proposal
from engine.connections.profile import ProfileSnapshot
from engine.messages import Choice, Reply
from engine.per_turn import per_turn
from engine.yesno import read_yes_no

__all__ = [
    "CONNECTION_KINDS",
    "REF_PREFIX",
    "ConnectionRef",
    "describe",
    "explanation",
    "intro_text",
    "parse_ref",
    "render_connection_nudge",
    "reveal_text",
    "typed_answer",
    "why_line",
]

REF_PREFIX = "conn."
CONNECTION_KINDS = frozenset({"connection_intro", "connection_reveal", "connection_met"})
INTRO_CHOICES = (Choice("Yes", "yes"), Choice("Not now", "no"))
MET_CHOICES = (Choice("Yes, we met", "met:yes"), Choice("Not yet", "met:no"))
_SHORT = 90


@dataclass(frozen=True, slots=True)
class ConnectionRef:
    suggestion_id: int
    met: bool  # the "did you meet?" question rather than the intro


def parse_ref(ref: str) -> ConnectionRef | None:
    """`conn.12` → (12, intro); `conn.12.met` → (12, met); anything else → None."""
    if not ref.startswith(REF_PREFIX):
        return None
    body = ref[len(REF_PREFIX) :]
    number, _, rest = body.partition(".")
    if not number.isdigit() or rest not in ("", "met"):
        return None
    return ConnectionRef(int(number), rest == "met")


_NOT_NOW = frozenset({"not now", "not right now", "no thanks", "maybe later", "later", "pass"})


@per_turn
def typed_answer(text: str, *, met: bool) -> str | None:
    """The button value a typed reply to an intro (or "did you meet?") stands for, if any."""
    plain = " ".join(text.casefold().strip(" .!?").split())
    if plain in _NOT_NOW:
        return "met:no" if met else "no"
    said = read_yes_no(text)
    if said is None:
        return None
    if met:
        return "met:yes" if said else "met:no"
    return "yes" if said else "no"


def _short(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= _SHORT else text[: _SHORT - 1].rstrip() + "…"


def describe(p: ProfileSnapshot) -> str:
    """ "a colleague in Platform (staff engineer) who knows Kafka and event sourcing"."""
    where = f" in {_short(p.department)}" if p.department else ""
    role = f" ({_short(p.role)})" if p.role else ""
    if p.expertise:
        what = f" who knows {_short(_listed(p.expertise[:3]))}"
    elif p.challenge:
        what = f" who is working on {_short(p.challenge)}"
    elif p.strength_tags:
        what = f" whose strengths are {_short(', '.join(p.strength_tags))}"
    else:
        what = ""
    return f"a colleague{where}{role}{what}"


def _listed(items: tuple[str, ...] | list[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def why_line(proposal: Proposal, viewer: ProfileSnapshot) -> str:
    """The "why you two" line as `viewer` reads it (the other is "they")."""
    other = proposal.second if viewer.user_id == proposal.first.user_id else proposal.first
    shared = _short(_listed(proposal.terms[:3])) if proposal.terms else ""
    if proposal.reason_type == "expertise_match":
        if proposal.seeker == viewer.user_id:
            about = f" about {shared}" if shared else ""
            return f"you're working on “{_short(viewer.challenge)}” and they know{about}."
        about = f" — {shared}" if shared else ""
        return f"what they're working on, “{_short(other.challenge)}”, needs what you know{about}."
    if proposal.reason_type == "similar_challenge":
        topic = f" ({shared})" if shared else ""
        return (
            f"you're both working on something alike{topic}: they on “{_short(other.challenge)}”."
        )
    mine, theirs = _listed(viewer.strength_tags), _listed(other.strength_tags)
    common = f", and you share {shared}" if shared else ""
    return (
        f"your strengths ({_short(mine)}) and theirs ({_short(theirs)})"
        f" complement each other{common}."
    )


def explanation(proposal: Proposal) -> str:
    """A neutral one-liner about the pair for the record and the admin (no names)."""
    a, b = proposal.first, proposal.second
    shared = f" ({_listed(proposal.terms[:3])})" if proposal.terms else ""
    if proposal.reason_type == "expertise_match":
        seeker, expert = (a, b) if proposal.seeker == a.user_id else (b, a)
        return (
            f"One is working on “{_short(seeker.challenge)}”; the other knows"
            f" {_short(_listed(expert.expertise) or expert.strengths or expert.role)}{shared}."
        )
    if proposal.reason_type == "similar_challenge":
        return (
            f"Both work on alike things{shared}: “{_short(a.challenge)}” / “{_short(b.challenge)}”."
        )
    return (
        f"Complementary strengths: {_listed(a.strength_tags)} / {_listed(b.strength_tags)}{shared}."
    )


def intro_text(proposal: Proposal, viewer: ProfileSnapshot) -> str:
    """The anonymous intro `viewer` receives about the other person."""
    other = proposal.second if viewer.user_id == proposal.first.user_id else proposal.first
    return (
        f"🤝 Want to meet {describe(other)}? Why you two: {why_line(proposal, viewer)}\n"
        "If you both say yes, I'll tell each of you who the other is. If not, nobody is told."
    )


def reveal_text(*, name: str, handle: str, intro: str) -> str:
    """Sent to each side once both said yes: now the name and handle."""
    return (
        f"🎉 You both said yes! Meet *{name}* ({handle}). {intro}\n"
        "Say hello and find a time that works for you both."
    )


def render_connection_nudge(kind: str, payload: Mapping[str, Any]) -> list[Reply]:
    """The message of a connection nudge (payload written when it was queued)."""
    suggestion = int(payload["suggestion_id"])
    if kind == "connection_intro":
        return [
            Reply(
                str(payload["text"]), choices=INTRO_CHOICES, choice_ref=f"{REF_PREFIX}{suggestion}"
            )
        ]
    if kind == "connection_reveal":
        together = payload.get("together_with")
        return [Reply(str(payload["text"]), together_with=str(together) if together else None)]
    if kind == "connection_met":
        return [
            Reply(
                "👋 A week ago you were introduced to a colleague. Did you two get to meet?",
                choices=MET_CHOICES,
                choice_ref=f"{REF_PREFIX}{suggestion}.met",
            )
        ]
    raise ValueError(f"unknown connection nudge kind: {kind}")
