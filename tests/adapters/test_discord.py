"""The real discord.py client, running our adapter, against a fake Discord on loopback.

The engine is a small scripted fake of the `MessageHandler` port; Discord's side
is `tests/fakes/discord_server.py`. Payloads are the documented shapes in
`fixtures/discord/`; assertions are on the REST calls the fake received.
"""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
import yarl
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord import (
    CoachbotClient,
    DiscordChatGateway,
    DiscordStartupError,
    run_client,
    run_discord,
)
from adapters.discord.inbound import DMS_CLOSED_NOTE, SENT_TO_DMS
from adapters.discord.run import INTENT_MISSING, INVALID_TOKEN
from engine.messages import (
    Choice,
    IncomingMessage,
    Platform,
    PlatformIdentity,
    ProgressCard,
    Reply,
)
from engine.ports import DeliveryDeferred, RecipientUnreachable
from tests.fakes.discord_server import FakeDiscord, snowflake

FIXTURES = Path(__file__).parent / "fixtures" / "discord"
EPHEMERAL = 64
FEELINGS = (Choice("Great", "great"), Choice("Okay", "okay"), Choice("Stuck", "stuck"))


class ScriptedCoach:
    """A fake engine: a tiny program, idempotent on the message's key like the real one."""

    def __init__(self) -> None:
        self.received: list[IncomingMessage] = []
        self.calls = 0  # including replays
        self._seen: set[str] = set()
        self._open_question: dict[PlatformIdentity, str] = {}

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        self.calls += 1
        if message.idempotency_key in self._seen:
            return []
        self._seen.add(message.idempotency_key)
        await asyncio.sleep(0.02)  # the engine's database and LLM work
        self.received.append(message)
        who = message.identity
        if message.action is not None:
            if self._open_question.get(who) != message.action.ref:
                return [Reply("This question has moved on — here's where we are now.")]
            del self._open_question[who]
            return [Reply(f"Noted: {message.action.value}. What would you like to achieve?")]
        if message.text.startswith("start"):
            self._open_question[who] = "w1-feeling"
            return [
                Reply(
                    f"Welcome to {message.text.removeprefix('start ')}! How do you feel?",
                    choices=FEELINGS,
                    choice_ref="w1-feeling",
                )
            ]
        if message.text == "status":
            card = ProgressCard("Career", 1, 6, "Where you stand", 2, 5, 40, "active")
            return [Reply("Here's where you are.", card=card)]
        if message.text == "check in":
            self._open_question[who] = "checkin-1"
            moods = tuple(Choice(str(i), str(i)) for i in range(1, 11))
            return [Reply("Mood today?", choices=moods, choice_ref="checkin-1")]
        return [Reply(f"You said: {message.text}")]


class MemoryReachability:
    def __init__(self) -> None:
        self.reasons: dict[PlatformIdentity, str] = {}

    async def mark_unreachable(self, *, identity: PlatformIdentity, reason: str) -> None:
        self.reasons[identity] = reason

    async def unreachable_reason(self, *, identity: PlatformIdentity) -> str | None:
        return self.reasons.get(identity)

    async def mark_reachable(self, *, identity: PlatformIdentity) -> None:
        self.reasons.pop(identity, None)


def fixture(name: str, **values: Any) -> dict[str, Any]:
    """Load a payload and fill its "$NAME" placeholders."""

    def fill(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: fill(v) for k, v in node.items()}
        if isinstance(node, list):
            return [fill(v) for v in node]
        if isinstance(node, str) and node.startswith("$"):
            return values[node[1:]]
        return node

    return fill(json.loads((FIXTURES / f"{name}.json").read_text()))


def user(user_id: str) -> dict[str, Any]:
    return {"id": user_id, "username": "ana.lopez", "discriminator": "0", "avatar": None}


@pytest.fixture
def fake(fake_discord: FakeDiscord) -> FakeDiscord:
    return fake_discord  # the server is declared once, in tests/conftest.py


@pytest.fixture
def coach() -> ScriptedCoach:
    return ScriptedCoach()


@pytest.fixture
def reach() -> MemoryReachability:
    return MemoryReachability()


@asynccontextmanager
async def running(
    fake: FakeDiscord, coach: ScriptedCoach, reach: MemoryReachability, guild_id: int | None = None
) -> AsyncIterator[CoachbotClient]:
    client = CoachbotClient(handler=coach, reachability=reach, guild_id=guild_id, api_url=fake.url)
    identified = fake.identifies
    task = asyncio.create_task(run_client(client, token=fake.token))
    try:
        await fake.wait_until(lambda: fake.identifies > identified or task.done())
        if task.done():
            task.result()
        yield client
    finally:
        await client.close()
        await asyncio.wait_for(task, 5)


Run = Callable[..., AbstractAsyncContextManager[CoachbotClient]]


@pytest.fixture
def run(fake: FakeDiscord, coach: ScriptedCoach, reach: MemoryReachability) -> Run:
    """`async with run():` the client on this test's fake, coach and reachability (a
    `guild_id` may be given)."""
    return functools.partial(running, fake, coach, reach)


def dm_user(fake: FakeDiscord) -> tuple[str, str]:
    """A new Discord user and the DM channel the fake has open with them."""
    user_id = snowflake()
    return user_id, fake.open_dm(user(user_id))


def sent(fake: FakeDiscord, channel_id: str) -> list[dict[str, Any]]:
    return [m for m in fake.messages if m["channel_id"] == channel_id]


async def dm(fake: FakeDiscord, channel_id: str, user_id: str, text: str) -> None:
    payload = fixture(
        "message_create_dm",
        MESSAGE_ID=snowflake(),
        CHANNEL_ID=channel_id,
        USER_ID=user_id,
        CONTENT=text,
    )
    await fake.dispatch("MESSAGE_CREATE", payload)


async def dm_answered(
    fake: FakeDiscord, channel_id: str, user_id: str, text: str, *, replies: int = 1
) -> None:
    """Send `text` as a DM and wait until the channel holds `replies` messages from the bot."""
    await dm(fake, channel_id, user_id, text)
    await fake.wait_until(lambda: len(sent(fake, channel_id)) == replies)


def interaction_fields(fake: FakeDiscord, user_id: str, **fields: Any) -> dict[str, Any]:
    """The placeholders of an interaction payload from `user_id`, with a new interaction id."""
    interaction_id = snowflake()
    return {
        "INTERACTION_ID": interaction_id,
        "APPLICATION_ID": fake.app_id,
        "TOKEN": f"tok-{interaction_id}",
        "USER_ID": user_id,
        **fields,
    }


async def click(
    fake: FakeDiscord,
    message: dict[str, Any],
    user_id: str,
    data: dict[str, Any],
    *,
    guild_id: str | None = None,
) -> str:
    """Click a component on `message` as Discord would send it back to the bot."""
    values = interaction_fields(fake, user_id, DATA=data)
    shown = {k: v for k, v in message.items() if k not in ("source", "allowed_mentions")}
    if guild_id is None:
        payload = fixture(
            "interaction_component_dm", CHANNEL_ID=message["channel_id"], MESSAGE=shown, **values
        )
    else:
        channel_id = snowflake()  # the fake does not track where ephemeral follow-ups live
        shown["channel_id"] = channel_id
        payload = fixture(
            "interaction_component_guild",
            GUILD_ID=guild_id,
            CHANNEL_ID=channel_id,
            MESSAGE=shown,
            **values,
        )
    await fake.dispatch("INTERACTION_CREATE", payload)
    return str(values["INTERACTION_ID"])


async def slash(
    fake: FakeDiscord, user_id: str, options: list[dict[str, Any]], *, guild_id: str | None
) -> str:
    values = interaction_fields(fake, user_id, OPTIONS=options)
    if guild_id is None:
        payload = fixture(
            "interaction_command_dm", CHANNEL_ID=fake.open_dm(user(user_id)), **values
        )
    else:
        payload = fixture(
            "interaction_command_guild", GUILD_ID=guild_id, CHANNEL_ID=snowflake(), **values
        )
    await fake.dispatch("INTERACTION_CREATE", payload)
    return str(values["INTERACTION_ID"])


def followups(fake: FakeDiscord, interaction_id: str) -> list[dict[str, Any]]:
    return [m for m in fake.messages if m["source"] == f"followup:tok-{interaction_id}"]


def callbacks(fake: FakeDiscord, interaction_id: str) -> list[dict[str, Any]]:
    calls = fake.rest("POST", rf"/interactions/{interaction_id}/[^/]+/callback")
    return [c.body for c in calls]


PROGRAM = {"name": "program", "type": 3, "value": "career-6-weeks"}
START = [{"name": "start", "type": 1, "options": [PROGRAM]}]


async def test_startup_syncs_commands_globally_and_connects_through_the_fake_gateway(
    fake: FakeDiscord, run: Run
) -> None:
    async with run():
        assert fake.rest("GET", "/gateway/bot")
        assert fake.gateway_queries == [{"v": "10", "encoding": "json", "compress": "zlib-stream"}]
        (group,) = fake.commands["global"]
        assert group["name"] == "coach"
        names = {option["name"] for option in group["options"]}
        assert names == {"start", "status", "checkin", "pause", "resume", "timezone",
                         "stop-reminders", "export", "delete-data", "help"}  # fmt: skip


async def test_needs_no_privileged_intent(fake: FakeDiscord, run: Run) -> None:
    fake.portal_intents = 0  # nothing enabled under Privileged Gateway Intents
    user_id, channel = dm_user(fake)
    async with run():
        await dm_answered(fake, channel, user_id, "hello")
    assert fake.identified_intents == [(1 << 0) | (1 << 12)]  # GUILDS | DIRECT_MESSAGES


async def test_guild_id_syncs_commands_to_that_guild_only(fake: FakeDiscord, run: Run) -> None:
    async with run(guild_id=4242):
        assert [c["name"] for c in fake.commands["4242"]] == ["coach"]
        assert "global" not in fake.commands


async def test_dm_conversation_over_several_turns(
    fake: FakeDiscord, coach: ScriptedCoach, run: Run
) -> None:
    user_id, channel = dm_user(fake)
    async with run():
        await dm_answered(fake, channel, user_id, "start career-6-weeks")
        welcome = sent(fake, channel)[0]
        assert welcome["content"].startswith("Welcome to career-6-weeks!")
        buttons = welcome["components"][0]["components"]
        assert [b["custom_id"] for b in buttons] == ["cb:w1-feeling:great", "cb:w1-feeling:okay",
                                                     "cb:w1-feeling:stuck"]  # fmt: skip
        assert fake.rest("POST", rf"/channels/{channel}/typing")

        interaction = await click(fake, welcome, user_id, {"custom_id": "cb:w1-feeling:okay",
                                                           "component_type": 2})  # fmt: skip
        await fake.wait_until(lambda: followups(fake, interaction))
        assert callbacks(fake, interaction) == [{"type": 6}]
        assert followups(fake, interaction)[0]["content"].startswith("Noted: okay.")

        await dm_answered(fake, channel, user_id, "A promotion, @everyone should know", replies=2)
        echoed = sent(fake, channel)[1]
        assert echoed["content"] == "You said: A promotion, @everyone should know"
        assert echoed["allowed_mentions"] == {"parse": []}  # nobody pinged

        await dm_answered(fake, channel, user_id, "status", replies=3)
        (card,) = sent(fake, channel)[2]["embeds"]
        assert card["title"] == "Career"
        assert "40%" in card["fields"][0]["value"]

    identity = PlatformIdentity(Platform.DISCORD, "discord", user_id)
    assert [m.identity for m in coach.received] == [identity] * 4
    assert coach.received[1].idempotency_key == f"discord:{interaction}"


async def test_button_sent_before_a_restart_still_answers(
    fake: FakeDiscord, coach: ScriptedCoach, run: Run
) -> None:
    user_id, channel = dm_user(fake)
    async with run():
        await dm_answered(fake, channel, user_id, "start career-6-weeks")
    welcome = sent(fake, channel)[0]

    async with run():  # a new client instance, nothing in memory
        assert fake.identifies == 2
        interaction = await click(fake, welcome, user_id, {"custom_id": "cb:w1-feeling:great",
                                                           "component_type": 2})  # fmt: skip
        await fake.wait_until(lambda: followups(fake, interaction))
        assert followups(fake, interaction)[0]["content"].startswith("Noted: great.")

        outdated = await click(fake, welcome, user_id, {"custom_id": "cb:w1-feeling:stuck",
                                                        "component_type": 2})  # fmt: skip
        await fake.wait_until(lambda: followups(fake, outdated))
        assert "moved on" in followups(fake, outdated)[0]["content"]
    assert coach.received[1].action is not None
    assert (coach.received[1].action.ref, coach.received[1].action.value) == ("w1-feeling", "great")


async def test_scale_becomes_a_select_menu_and_its_pick_is_forwarded(
    fake: FakeDiscord, run: Run
) -> None:
    user_id, channel = dm_user(fake)
    async with run():
        await dm_answered(fake, channel, user_id, "check in")
        question = sent(fake, channel)[0]
        (select,) = question["components"][0]["components"]
        assert select["custom_id"] == "cs:checkin-1"
        assert len(select["options"]) == 10
        data = {"custom_id": "cs:checkin-1", "component_type": 3, "values": ["7"]}
        interaction = await click(fake, question, user_id, data)
        await fake.wait_until(lambda: followups(fake, interaction))
    assert followups(fake, interaction)[0]["content"].startswith("Noted: 7.")


async def test_slash_command_in_dm_is_deferred_then_followed_up(
    fake: FakeDiscord, coach: ScriptedCoach, run: Run
) -> None:
    user_id = snowflake()
    async with run():
        interaction = await slash(fake, user_id, [{"name": "status", "type": 1}], guild_id=None)
        await fake.wait_until(lambda: followups(fake, interaction))
    assert callbacks(fake, interaction) == [{"type": 5}]
    (reply,) = followups(fake, interaction)
    assert reply["content"] == "Here's where you are."
    assert reply["embeds"][0]["title"] == "Career"
    assert not reply["flags"] & EPHEMERAL
    assert coach.received[0].text == "status"


async def test_slash_command_in_a_guild_answers_ephemerally_and_coaches_in_dm(
    fake: FakeDiscord, coach: ScriptedCoach, run: Run
) -> None:
    user_id = snowflake()
    async with run():
        interaction = await slash(fake, user_id, START, guild_id="4242")
        await fake.wait_until(lambda: followups(fake, interaction))
    assert callbacks(fake, interaction) == [{"type": 5, "data": {"flags": EPHEMERAL}}]
    (note,) = followups(fake, interaction)
    assert note["content"] == SENT_TO_DMS
    assert note["flags"] & EPHEMERAL
    (opened,) = fake.rest("POST", "/users/@me/channels")
    assert opened.body == {"recipient_id": int(user_id)}
    (question,) = sent(fake, fake.open_dm(user(user_id)))
    assert question["content"].startswith("Welcome to career-6-weeks!")
    assert coach.received[0].text == "start career-6-weeks"
    assert coach.received[0].idempotency_key == f"discord:{interaction}"


async def test_closed_dms_mark_unreachable_and_the_next_command_gets_an_ephemeral_note(
    fake: FakeDiscord, reach: MemoryReachability, run: Run
) -> None:
    user_id = snowflake()
    identity = PlatformIdentity(Platform.DISCORD, "discord", user_id)
    fake.closed_dms.add(user_id)
    async with run() as client:
        gateway = DiscordChatGateway(client=client, reachability=reach)
        with pytest.raises(RecipientUnreachable) as raised:
            await gateway.send(identity=identity, replies=[Reply("Time for your check-in!")])
        assert raised.value.reason == "dms_closed"
        assert reach.reasons == {identity: "dms_closed"}

        interaction = await slash(fake, user_id, [{"name": "checkin", "type": 1}], guild_id="4242")
        await fake.wait_until(lambda: len(followups(fake, interaction)) == 2)
    note, answer = followups(fake, interaction)
    assert note["content"] == DMS_CLOSED_NOTE
    assert note["flags"] & EPHEMERAL and answer["flags"] & EPHEMERAL
    assert answer["content"] == "Mood today?"
    assert reach.reasons == {identity: "dms_closed"}


async def test_a_dm_answer_refused_with_50007_marks_unreachable_and_the_client_goes_on(
    fake: FakeDiscord, coach: ScriptedCoach, reach: MemoryReachability, run: Run
) -> None:
    # The person wrote, then closed their DMs before the answer came back.
    closing, other = snowflake(), snowflake()
    closing_channel, other_channel = fake.open_dm(user(closing)), fake.open_dm(user(other))
    identity = PlatformIdentity(Platform.DISCORD, "discord", closing)
    async with run():
        fake.closed_dms.add(closing)
        await dm(fake, closing_channel, closing, "hello there")
        await dm(fake, other_channel, other, "still listening?")  # on_message did not die
        await fake.wait_until(lambda: len(sent(fake, other_channel)) == 1)
        for _ in range(100):  # the mark follows the refused call (no REST call after it)
            if identity in reach.reasons:
                break
            await asyncio.sleep(0.02)
    assert reach.reasons == {identity: "dms_closed"}
    assert sent(fake, closing_channel) == []
    assert sent(fake, other_channel)[0]["content"] == "You said: still listening?"
    assert [m.text for m in coach.received] == ["hello there", "still listening?"]


async def test_nudge_after_dms_reopen_clears_nothing_but_delivers(
    fake: FakeDiscord, reach: MemoryReachability, run: Run
) -> None:
    user_id = snowflake()
    identity = PlatformIdentity(Platform.DISCORD, "discord", user_id)
    async with run() as client:
        gateway = DiscordChatGateway(client=client, reachability=reach)
        delivery = await gateway.send(identity=identity, replies=[Reply("Week 2 is open.")])
        again = await gateway.send(identity=identity, replies=[Reply("Check-in time.")])
    channel = fake.open_dm(user(user_id))
    assert [m["content"] for m in sent(fake, channel)] == ["Week 2 is open.", "Check-in time."]
    assert delivery.channel_id == channel == again.channel_id
    assert delivery.platform_message_id == sent(fake, channel)[0]["id"]
    assert len(fake.rest("POST", "/users/@me/channels")) == 1  # DM channel cached


async def test_resumable_disconnect_resumes_without_losing_or_doubling_replies(
    fake: FakeDiscord, coach: ScriptedCoach, run: Run
) -> None:
    user_id, channel = dm_user(fake)
    async with run():
        await dm_answered(fake, channel, user_id, "before")

        fake.replay_all_on_resume = True  # Discord may redeliver: "before" comes again
        await fake.drop_connection(code=4000)
        await dm(fake, channel, user_id, "while away")  # queued in the session
        await fake.wait_until(lambda: fake.resumes == 1)
        await fake.wait_until(lambda: len(sent(fake, channel)) >= 2)
        await dm(fake, channel, user_id, "after")
        await fake.wait_until(lambda: len(sent(fake, channel)) >= 3)
        await asyncio.sleep(0.2)  # room for a doubled reply to show up
    assert fake.identifies == 1
    assert coach.calls == 4  # "before" was delivered twice and answered once
    assert [m["content"] for m in sent(fake, channel)] == [
        "You said: before",
        "You said: while away",
        "You said: after",
    ]


async def test_rate_limited_send_is_retried_after_retry_after_and_sent_once(
    fake: FakeDiscord, run: Run
) -> None:
    user_id, channel = dm_user(fake)
    fake.rate_limit_next("POST", rf"/channels/{channel}/messages", retry_after=0.3)
    async with run():
        await dm_answered(fake, channel, user_id, "hello")
        attempts = fake.rest("POST", rf"/channels/{channel}/messages")
        await asyncio.sleep(0.2)
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 0.3
    assert len(sent(fake, channel)) == 1


async def test_server_errors_and_network_trouble_defer_a_nudge(
    fake: FakeDiscord, reach: MemoryReachability, run: Run
) -> None:
    user_id, channel = dm_user(fake)
    identity = PlatformIdentity(Platform.DISCORD, "discord", user_id)
    fake.fail_next("POST", rf"/channels/{channel}/messages", 503, {"message": "busy", "code": 0})
    async with run() as client:
        gateway = DiscordChatGateway(client=client, reachability=reach)
        with pytest.raises(DeliveryDeferred):
            await gateway.send(identity=identity, replies=[Reply("Check-in time.")])
        await fake.stop()  # the network goes away
        with pytest.raises(DeliveryDeferred):
            await gateway.send(identity=identity, replies=[Reply("Check-in time.")])
    assert reach.reasons == {}
    assert sent(fake, channel) == []


async def test_invalid_token_stops_with_one_line_and_status_2(
    fake: FakeDiscord,
    coach: ScriptedCoach,
    reach: MemoryReachability,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exited:
        await run_discord(
            token="not-the-token", handler=coach, reachability=reach, api_url=fake.url
        )
    assert exited.value.code == 2
    assert capsys.readouterr().err == f"coachbot: {INVALID_TOKEN}\n"
    assert Route.BASE == "https://discord.com/api/v10"  # the override is undone


async def test_refused_intent_stops_with_one_line_and_exit_code_2(
    fake: FakeDiscord,
    coach: ScriptedCoach,
    reach: MemoryReachability,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake.reject_intents = True
    client = CoachbotClient(handler=coach, reachability=reach, api_url=fake.url)
    with pytest.raises(DiscordStartupError) as failed:
        await asyncio.wait_for(run_client(client, token=fake.token), 10)
    assert failed.value.exit_code == 2
    assert capsys.readouterr().err == f"coachbot: {INTENT_MISSING}\n"
    assert yarl.URL("wss://gateway.discord.gg/") == DiscordWebSocket.DEFAULT_GATEWAY


async def test_invalid_session_reidentifies_at_the_overridden_gateway(
    fake: FakeDiscord, run: Run
) -> None:
    user_id, channel = dm_user(fake)
    async with run():
        fake.forget_sessions()
        await fake.drop_connection(code=4000)
        # discord.py's before_identify_hook waits 5 s before a non-initial IDENTIFY.
        await fake.wait_until(lambda: fake.identifies == 2, within=10)
        await dm_answered(fake, channel, user_id, "still there?")
    assert fake.resumes == 0
    assert len(fake.gateway_queries) == 3  # identify, failed resume, identify: all at the fake
    assert sent(fake, channel)[0]["content"] == "You said: still there?"


async def test_nudge_before_the_client_logged_in_is_deferred(
    coach: ScriptedCoach, reach: MemoryReachability
) -> None:
    client = CoachbotClient(handler=coach, reachability=reach)
    gateway = DiscordChatGateway(client=client, reachability=reach)
    identity = PlatformIdentity(Platform.DISCORD, "discord", "1")
    with pytest.raises(DeliveryDeferred) as deferred:
        await gateway.send(identity=identity, replies=[Reply("Check-in time.")])
    assert deferred.value.retry_after > 0


async def test_every_subcommand_reaches_the_engine_as_plain_text(
    fake: FakeDiscord, coach: ScriptedCoach, run: Run
) -> None:
    tz = {"name": "tz", "type": 3, "value": "Europe/Berlin"}
    commands: list[tuple[dict[str, Any], str]] = [
        ({"name": "start", "type": 1, "options": [PROGRAM]}, "start career-6-weeks"),
        ({"name": "start", "type": 1}, "start"),
        ({"name": "status", "type": 1}, "status"),
        ({"name": "checkin", "type": 1}, "check in"),
        ({"name": "pause", "type": 1}, "pause"),
        ({"name": "resume", "type": 1}, "resume"),
        ({"name": "timezone", "type": 1, "options": [tz]}, "timezone Europe/Berlin"),
        ({"name": "stop-reminders", "type": 1}, "stop reminders"),
        ({"name": "export", "type": 1}, "export my data"),
        ({"name": "delete-data", "type": 1}, "delete my data"),
        ({"name": "help", "type": 1}, "help"),
    ]
    user_id = snowflake()
    async with run():
        for option, _text in commands:
            await slash(fake, user_id, [option], guild_id=None)
        await fake.wait_until(lambda: len(coach.received) == len(commands))
    assert [m.text for m in coach.received] == [text for _option, text in commands]


async def test_global_rate_limit_on_a_nudge_is_waited_out_and_sent_once(
    fake: FakeDiscord, reach: MemoryReachability, run: Run
) -> None:
    user_id, channel = dm_user(fake)
    identity = PlatformIdentity(Platform.DISCORD, "discord", user_id)
    fake.rate_limit_next("POST", rf"/channels/{channel}/messages", retry_after=0.2, is_global=True)
    async with run() as client:
        gateway = DiscordChatGateway(client=client, reachability=reach)
        delivery = await gateway.send(identity=identity, replies=[Reply("Check-in time.")])
    attempts = fake.rest("POST", rf"/channels/{channel}/messages")
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 0.2
    (message,) = sent(fake, channel)
    assert delivery.platform_message_id == message["id"]


async def test_with_dms_closed_coaching_continues_ephemerally_in_the_guild(
    fake: FakeDiscord, run: Run
) -> None:
    user_id = snowflake()
    fake.closed_dms.add(user_id)
    async with run():
        start = await slash(fake, user_id, START, guild_id="4242")
        await fake.wait_until(lambda: len(followups(fake, start)) == 2)
        question = followups(fake, start)[1]
        assert question["flags"] & EPHEMERAL and question["components"]
        data = {"custom_id": "cb:w1-feeling:great", "component_type": 2}
        answer = await click(fake, question, user_id, data, guild_id="4242")
        await fake.wait_until(lambda: followups(fake, answer))
    assert callbacks(fake, answer) == [{"type": 6}]
    (reply,) = followups(fake, answer)
    assert reply["content"].startswith("Noted: great.")
    assert reply["flags"] & EPHEMERAL
    assert not fake.rest("POST", r"/channels/\d+/typing")  # no typing in a server channel
