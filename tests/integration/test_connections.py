"""Colleague connections end to end in the console: profiles, a round, double opt-in, met."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from adapters.console import ConsoleSession
from engine.connections import run_round
from engine.messages import IncomingMessage, Platform, PlatformIdentity
from engine.nudges import dispatch_due
from engine.store.database import Database
from tests.fakes.gateway import CountingGateway
from tests.harness import Harness

PEOPLE = {
    "ada": [
        "profile department Platform",
        "profile role staff engineer",
        "profile expertise event sourcing, Kafka, PostgreSQL",
        "profile tags thinking, planning",
    ],
    "grace": [
        "profile department Billing",
        "profile role engineering manager",
        "profile working on migrating our billing service to event sourcing",
        "profile tags acting, feeling",
    ],
    "linus": [
        "profile department Mobile",
        "profile working on hiring two iOS engineers",
        "profile expertise Swift, accessibility",
    ],
    "margaret": [
        "profile department People",
        "profile expertise recruiting, interviewing, onboarding",
    ],
}


async def _join(h: Harness, name: str, *, opt_in: bool = True) -> ConsoleSession:
    session = h.person(name, timezone="UTC")
    for line in PEOPLE[name]:
        replies = await session.send(line)
        assert replies[0].text.startswith("Saved"), replies[0].text
    if opt_in:
        replies = await session.send("connections on")
        assert "Connections are on" in replies[0].text
    return session


async def _dispatch(h: Harness, gateway: CountingGateway, worker: str = "w1") -> None:
    await dispatch_due(h.db, {Platform.CONSOLE: gateway}, h.clock, worker_id=worker)


def _texts(gateway: CountingGateway, user: str) -> list[str]:
    return [
        r.as_plain_text()
        for d in gateway.delivered
        if d.identity.user_id == user
        for r in d.replies
    ]


def _show_last(gateway: CountingGateway, session: ConsoleSession) -> None:
    """What the console does with a nudge for its own person: its buttons become numbers."""
    mine = [d for d in gateway.delivered if d.identity == session.identity]
    session.remember(mine[-1].replies)


async def test_profile_commands_show_and_change_the_profile(harness: Harness) -> None:
    session = harness.person("ada")
    shown = await session.send("profile")
    assert "company: console" in shown[0].text and "connections: off" in shown[0].text
    await session.send("profile expertise Kafka, event sourcing")
    await session.send("busy")
    shown = await session.send("profile")
    assert "expertise: Kafka, event sourcing" in shown[0].text
    assert "availability: busy" in shown[0].text
    assert await harness.scalar("SELECT opt_in FROM connection_profiles") is False


async def test_a_round_proposes_sensible_pairs_and_both_yes_connects_them(
    harness: Harness,
) -> None:
    h = harness
    sessions = {name: await _join(h, name) for name in PEOPLE}
    result = await run_round(h.db, now=h.clock.now())
    pairs = {
        frozenset((result.names[p.first.user_id], result.names[p.second.user_id])): p.reason_type
        for p in result.proposals
    }
    assert pairs == {
        frozenset(("ada", "grace")): "expertise_match",
        frozenset(("linus", "margaret")): "expertise_match",
    }
    gateway = CountingGateway()
    await _dispatch(h, gateway)
    grace_intro = _texts(gateway, "grace")
    assert len(grace_intro) == 1 and "Platform" in grace_intro[0] and "event" in grace_intro[0]
    assert "ada" not in grace_intro[0].lower()
    assert "grace" not in " ".join(_texts(gateway, "ada")).lower()

    grace, ada = sessions["grace"], sessions["ada"]
    _show_last(gateway, grace)
    first = await grace.send("Yes")  # the button's words, or its number, in the console
    assert "If they say yes too" in first[0].text and "ada" not in first[0].text.lower()
    pending = await ada.send("connections")
    assert pending[0].choices
    done = await ada.click(str(pending[0].choice_ref), "yes")
    assert "grace" in done[0].text and "@grace" in done[0].text
    await _dispatch(h, gateway)
    reveal = _texts(gateway, "grace")[-1]
    assert "ada" in reveal and "You both said yes" in reveal
    last = [r for d in gateway.delivered if d.identity.user_id == "grace" for r in d.replies][-1]
    assert last.together_with == "ada"  # on Slack: a group DM of the two
    assert (
        await h.scalar("SELECT status FROM connection_suggestions WHERE a_response AND b_response")
        == "connected"
    )

    h.clock.advance(timedelta(days=7, hours=1))
    await _dispatch(h, gateway)
    asked = [t for t in _texts(gateway, "ada") if "Did you two get to meet" in t]
    assert len(asked) == 1
    _show_last(gateway, ada)
    replies = await ada.send("1")
    assert "Wonderful" in replies[0].text
    assert await h.scalar("SELECT count(*) FROM connection_suggestions WHERE a_met OR b_met") == 1


async def test_a_decline_is_never_proposed_again_and_opted_out_people_never(
    harness: Harness,
) -> None:
    h = harness
    ada = await _join(h, "ada")
    grace = await _join(h, "grace")
    await _join(h, "linus", opt_in=False)
    result = await run_round(h.db, now=h.clock.now())
    assert len(result.proposals) == 1
    assert "linus" not in {result.names[p.first.user_id] for p in result.proposals}
    pending = await grace.send("connections")
    declined = await grace.click(str(pending[0].choice_ref), "no")
    assert "won't suggest" in declined[0].text
    late = await ada.send("connections")
    assert "No introductions" in late[0].text
    for weeks in (1, 13, 30):
        h.clock.advance(timedelta(weeks=weeks))
        again = await run_round(h.db, now=h.clock.now())
        assert again.proposals == []
    gateway = CountingGateway()
    await _dispatch(h, gateway)
    assert not any("Want to meet" in t for t in _texts(gateway, "ada")), "intro cancelled"


async def test_intros_are_sent_exactly_once_with_two_dispatchers(
    harness: Harness, pg_url: str
) -> None:
    h = harness
    for name in PEOPLE:
        await _join(h, name)
    await run_round(h.db, now=h.clock.now())
    await run_round(h.db, now=h.clock.now())  # a second run in the same week adds nothing
    gateways = [CountingGateway(worker="one", delay=0.05), CountingGateway(worker="two")]
    async with Database(pg_url, max_size=4) as other:
        await asyncio.gather(
            dispatch_due(h.db, {Platform.CONSOLE: gateways[0]}, h.clock, worker_id="one"),
            dispatch_due(other, {Platform.CONSOLE: gateways[1]}, h.clock, worker_id="two"),
        )
    keys = gateways[0].counts() + gateways[1].counts()
    assert len(keys) == 4 and set(keys.values()) == {1}


async def test_export_and_delete_cover_connections(harness: Harness) -> None:
    h = harness
    ada = await _join(h, "ada")
    await _join(h, "grace")
    await run_round(h.db, now=h.clock.now())
    export = await ada.send("export my data")
    assert export[0].attachment is not None
    text = export[0].attachment.content
    assert "event sourcing" in text and "connection_suggestions" in text
    assert "grace" not in text
    await ada.send("delete my data")
    await ada.send("yes delete")
    assert await h.scalar("SELECT count(*) FROM connection_profiles") == 1
    assert await h.scalar("SELECT count(*) FROM connection_suggestions") == 0


async def _visible_to(h: Harness, user: str) -> str:
    """Everything queued for `user` in the outbox and every intro stored for their side."""
    rows = await h.rows(
        "SELECT n.payload::text AS t FROM nudges n JOIN platform_identities pi"
        " ON pi.user_id = n.user_id WHERE pi.platform_user_id = %s"
        " UNION ALL SELECT CASE WHEN s.user_a = pi.user_id THEN s.a_intro ELSE s.b_intro END"
        " FROM connection_suggestions s JOIN platform_identities pi"
        " ON pi.user_id IN (s.user_a, s.user_b) WHERE pi.platform_user_id = %s",
        user,
        user,
    )
    return " ".join(str(r["t"]) for r in rows).lower()


async def test_no_name_or_handle_is_revealed_before_both_said_yes(harness: Harness) -> None:
    h = harness
    ada, grace = await _join(h, "ada"), await _join(h, "grace")
    await run_round(h.db, now=h.clock.now())
    gateway = CountingGateway()
    await _dispatch(h, gateway)
    seen = {"ada": [], "grace": []}  # type: dict[str, list[str]]
    for name in seen:
        seen[name] += _texts(gateway, name)
    pending = await grace.send("connections")
    seen["grace"] += [r.as_plain_text() for r in pending]
    first_yes = await grace.click(str(pending[0].choice_ref), "yes")
    seen["grace"] += [r.as_plain_text() for r in first_yes]
    await _dispatch(h, gateway)
    seen["ada"] += [r.as_plain_text() for r in await ada.send("connections")]
    assert "grace" not in " ".join(seen["ada"]).lower() + await _visible_to(h, "ada")
    assert "ada" not in " ".join(seen["grace"]).lower() + await _visible_to(h, "grace")

    pending = await ada.send("connections")
    both = await ada.click(str(pending[0].choice_ref), "yes")
    assert "grace" in both[0].text
    assert "ada" in await _visible_to(h, "grace"), "grace's reveal is queued"


async def test_a_new_profile_starts_from_what_onboarding_extracted(harness: Harness) -> None:
    h = harness
    session = h.person("ada")
    await session.send("start onboarding")
    await session.send("Hi, I'm Ada, a data engineer in Berlin")
    shown = await session.send("profile")
    assert "role: data engineer" in shown[0].text


async def test_a_typed_yes_or_not_now_answers_the_intro_just_received(harness: Harness) -> None:
    # As in a Slack or Discord DM: the intro's buttons are not remembered, the words are typed.
    h = harness
    ada, grace = await _join(h, "ada"), await _join(h, "grace")
    await ada.send("start demo")  # ada has a program step waiting as well
    h.clock.advance(timedelta(minutes=5))
    await run_round(h.db, now=h.clock.now())
    gateway = CountingGateway()
    await _dispatch(h, gateway)
    h.clock.advance(timedelta(minutes=5))

    said = await grace.send("yeah, sure")
    assert "If they say yes too" in said[0].text
    declined = await ada.send("Not now.")
    assert "won't suggest this colleague again" in declined[0].text
    assert await h.scalar("SELECT status FROM connection_suggestions") == "declined"
    after = await ada.send("yes")  # the intro is answered: this goes to the program again
    assert "won't suggest" not in after[0].text and "If they say yes" not in after[0].text


async def test_a_yes_after_the_person_wrote_something_else_is_not_taken_for_the_intro(
    harness: Harness,
) -> None:
    h = harness
    ada, _ = await _join(h, "ada"), await _join(h, "grace")
    h.clock.advance(timedelta(minutes=5))
    await run_round(h.db, now=h.clock.now())
    await _dispatch(h, CountingGateway())
    h.clock.advance(timedelta(minutes=5))
    await ada.send("start demo")  # written after the intro arrived: the intro is no longer last
    await ada.send("yes")
    assert await h.scalar(
        "SELECT a_response IS NULL AND b_response IS NULL FROM connection_suggestions"
    )


@pytest.mark.parametrize("platform", [Platform.SLACK, Platform.DISCORD])
async def test_profile_in_a_workspace_shows_its_id_as_the_company(
    harness: Harness, platform: Platform
) -> None:
    # The workspaces table is gone (0004): nothing stores a workspace's name, so the
    # profile's default company is the workspace's id.
    message = IncomingMessage(
        identity=PlatformIdentity(platform, "W0RKSPACE", "U1"),
        idempotency_key=f"{platform.value}:profile-1",
        received_at=harness.clock.now(),
        text="profile",
        display_name="ada",
    )
    shown = await harness.bot.handle(message)
    assert "company: W0RKSPACE" in shown[0].text, shown[0].text
