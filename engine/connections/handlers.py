"""Connections commands and button clicks: a connection and a person in, replies out.

Each handler runs inside the caller's turn transaction and writes only
connections tables and the outbox. The double opt-in lives in `respond`: the
suggestion row is locked, each side's answer recorded, and only the answer that
completes two yeses writes the reveals (the clicker's in the reply, the other
side's as a nudge with a fixed key), so a name is never written anywhere the
other person can see before both said yes.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from engine.connections.commands import (
    ConnectionCommand,
    SetAvailability,
    SetOptIn,
    SetProfileField,
    ShowConnections,
    ShowProfile,
)
from engine.connections.intros import INTRO_CHOICES, REF_PREFIX, describe, parse_ref, reveal_text
from engine.connections.profile import ProfileField, render_profile
from engine.connections.rounds import ConnectionRules
from engine.messages import Platform, PlatformIdentity, Reply
from engine.store import connections as store
from engine.store.database import Connection
from engine.store.scope import enter_crossing_scope, enter_person_scope
from engine.timeexpr import describe_day

__all__ = [
    "handle_connection_action",
    "handle_connection_command",
    "offer_stands_until",
    "workspace_of",
]

GONE = "That introduction is no longer open — nothing was shared."
_LABELS = {
    ProfileField.CHALLENGE: "what you're working on",
    ProfileField.TAGS: "strength tags",
    ProfileField.COLLABORATION: "collaboration preferences",
}
ON = (
    "Connections are on. About once a week I may suggest a colleague from your workspace"
    " whose work fits yours. I describe them without their name; only if you both say yes"
    " do I tell each of you who the other is. `connections off` stops it any time."
)
OFF = "Connections are off: I won't suggest you to anyone, or anyone to you."


def workspace_of(identity: PlatformIdentity) -> str:
    """The matching boundary: "<platform>:<workspace id>"."""
    return f"{identity.platform.value}:{identity.workspace_id}"


async def handle_connection_command(
    conn: Connection,
    *,
    user_id: int,
    identity: PlatformIdentity,
    command: ConnectionCommand,
    now: datetime,
) -> list[Reply]:
    """Run `profile`, `profile <field> <value>`, `connections on|off`, `available`/`busy`."""
    profile = await store.ensure_profile(conn, user_id=user_id, workspace=workspace_of(identity))
    if isinstance(command, ShowProfile):
        # No workspace names are stored (the workspaces table went in 0004): the id stands in.
        console = identity.platform is Platform.CONSOLE
        company = "console" if console else identity.workspace_id
        return [Reply(render_profile(profile, company_default=company))]
    if isinstance(command, SetProfileField):
        await store.set_profile_field(
            conn, user_id=user_id, field=command.field, value=command.value, now=now
        )
        label = _LABELS.get(command.field, command.field.value)
        said = f"Saved your {label}." if command.value else f"Cleared your {label}."
        hint = (
            "" if profile.opt_in else " (Connections are off; `connections on` to be introduced.)"
        )
        return [Reply(said + hint)]
    if isinstance(command, SetOptIn):
        await store.set_profile_flag(conn, user_id=user_id, now=now, opt_in=command.on)
        if command.on and not (profile.challenge or profile.expertise or profile.strength_tags):
            return [
                Reply(ON),
                Reply(
                    "Tell me a little so I can find a good match, e.g. `profile working on our"
                    " billing migration`, `profile expertise Kafka, event sourcing`,"
                    " `profile department Platform`."
                ),
            ]
        return [Reply(ON if command.on else OFF)]
    if isinstance(command, SetAvailability):
        await store.set_profile_flag(
            conn, user_id=user_id, now=now, availability=command.availability
        )
        if command.availability == "available":
            return [Reply("You're available for introductions again.")]
        return [Reply(f"Marked you {command.availability}: no introductions until `available`.")]
    assert isinstance(command, ShowConnections)
    pending = await store.pending_intros(conn, user_id, now)
    state = "on" if profile.opt_in else "off"
    if not pending:
        return [Reply(f"No introductions are waiting for you. (Connections are {state}.)")]
    return [
        Reply(str(row["intro"]), choices=INTRO_CHOICES, choice_ref=f"{REF_PREFIX}{row['id']}")
        for row in pending
    ]


def _handle(platform: str, platform_user_id: str) -> str:
    """How to reach someone: a mention where the platform renders one."""
    if platform in ("slack", "discord"):
        return f"<@{platform_user_id}>"
    return f"@{platform_user_id}"


async def handle_connection_action(
    conn: Connection,
    *,
    user_id: int,
    ref: str,
    value: str,
    now: datetime,
    rules: ConnectionRules = ConnectionRules(),
) -> list[Reply]:
    """A Yes / Not now on an intro, or an answer to "did you meet?" (refs `conn.…`)."""
    parsed = parse_ref(ref)
    if parsed is None:
        return [Reply(GONE)]
    row = await store.lock_suggestion(conn, parsed.suggestion_id)
    if row is None or user_id not in (row["user_a"], row["user_b"]):
        return [Reply(GONE)]
    side, other_side = ("a", "b") if row["user_a"] == user_id else ("b", "a")
    if parsed.met:
        return await _met(conn, row, side, value)
    if row["status"] not in ("suggested", "viewed") or row["expires_at"] <= now:
        return [Reply(GONE)]
    if row[f"{side}_response"] is not None:
        return [Reply("You've already answered this one — thanks.")]
    other = row[f"user_{other_side}"]
    if _is_no(value):
        await store.update_suggestion(
            conn, row["id"], status="declined", responded_at=now, **{f"{side}_response": False}
        )
        await store.record_decline(conn, user_id=user_id, declined_user_id=other)
        return [Reply("No problem — I won't suggest this colleague again, and nobody is told.")]
    if not row[f"{other_side}_response"]:
        await store.update_suggestion(
            conn, row["id"], status="viewed", responded_at=now, **{f"{side}_response": True}
        )
        return [
            Reply(
                "Great! If they say yes too, I'll tell you both who the other is."
                f" The offer stands until {offer_stands_until(row['expires_at'], now)}."
            )
        ]
    await store.update_suggestion(
        conn,
        row["id"],
        status="connected",
        responded_at=now,
        connected_at=now,
        **{f"{side}_response": True},
    )
    return [Reply(await _connect(conn, row, user_id, other, now, rules))]


def offer_stands_until(expires_at: datetime, now: datetime) -> str:
    """The (UTC) day an intro offer lapses, its year named when it is not this year."""
    return describe_day(expires_at.astimezone(UTC).date(), today=now.astimezone(UTC).date())


def _is_no(value: str) -> bool:
    return value.strip().casefold() in {"no", "not now", "2", "n", "nope", "decline"}


async def _connect(
    conn: Connection,
    row: dict[str, Any],
    user_id: int,
    other: int,
    now: datetime,
    rules: ConnectionRules,
) -> str:
    """Both said yes: the other side's reveal and both "did you meet?" go to the outbox.

    This is where a turn crosses to another person (their identity, profile and
    outbox), so it says so to row-level security, and returns to the person's scope.
    """
    await enter_crossing_scope(conn)
    texts: dict[int, str] = {}
    reached: dict[int, tuple[str, str]] = {}
    for viewer, shown in ((user_id, other), (other, user_id)):
        name, platform, platform_user = await store.reveal_info(conn, shown)
        reached[shown] = (platform, platform_user)
        profile = await store.load_profile(conn, shown)
        about = f"They are {describe(profile)}." if profile else ""
        texts[viewer] = reveal_text(name=name, handle=_handle(platform, platform_user), intro=about)
    payload: dict[str, Any] = {"suggestion_id": row["id"], "text": texts[other]}
    if reached[user_id][0] == reached[other][0]:  # the same platform: greet them together
        payload["together_with"] = reached[user_id][1]
    await store.queue_nudge(
        conn,
        user_id=other,
        kind="connection_reveal",
        key=f"conn:{row['id']}:reveal:{other}",
        due_at=now,
        payload=payload,
    )
    for person in (user_id, other):
        await store.queue_nudge(
            conn,
            user_id=person,
            kind="connection_met",
            key=f"conn:{row['id']}:met:{person}",
            due_at=now + rules.met_after,
            payload={"suggestion_id": row["id"]},
        )
    await enter_person_scope(conn, user_id)
    return texts[user_id]


async def _met(conn: Connection, row: dict[str, Any], side: str, value: str) -> list[Reply]:
    if row["status"] != "connected":
        return [Reply(GONE)]
    if row[f"{side}_met"] is not None:
        return [Reply("Thanks, I have your answer already.")]
    met = value.strip().casefold() in {"met:yes", "yes", "1"}
    await store.update_suggestion(conn, row["id"], **{f"{side}_met": met})
    if met:
        return [Reply("Wonderful — thanks for telling me.")]
    return [Reply("Thanks. There's no rush; the introduction still stands.")]
