"""The real Bolt app behind uvicorn, receiving signed Slack requests, calling a fake Web API."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
import yaml

import adapters.slack
from adapters.slack import BOT_SCOPES, SlackBot, build_asgi_app, build_slack_app
from engine.messages import (
    Action,
    Choice,
    IncomingMessage,
    PlatformIdentity,
    ProgressCard,
    Reply,
)
from tests.fakes.slack_server import FakeSlack, serve_asgi, signed_headers

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"
FIXTURES = Path(__file__).parent / "fixtures" / "slack"


def fixture(name: str) -> dict[str, Any]:
    payload: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return payload


class ScriptedEngine:
    """A fake of the engine port: records messages; a replayed idempotency key gets []."""

    def __init__(
        self, respond: Callable[[IncomingMessage], list[Reply]], *, delay: float = 0.0
    ) -> None:
        self.respond = respond
        self.delay = delay
        self.messages: list[IncomingMessage] = []
        self._keys: set[str] = set()

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        if message.idempotency_key in self._keys:
            return []
        self._keys.add(message.idempotency_key)
        self.messages.append(message)
        await asyncio.sleep(self.delay)
        return self.respond(message)


def echo(message: IncomingMessage) -> list[Reply]:
    if message.action is not None:
        return [Reply(text=f"Noted: {message.action.value}")]
    return [Reply(text=f"You said: {message.text}")]


@pytest.fixture(scope="module")
async def fake_slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def slack(fake_slack: FakeSlack) -> FakeSlack:
    fake_slack.reset()
    return fake_slack


class Harness:
    def __init__(self, bot: SlackBot, engine: ScriptedEngine, http: httpx.AsyncClient) -> None:
        self.bot, self.engine, self.http = bot, engine, http

    async def post_json(self, payload: dict[str, Any], **headers: str) -> httpx.Response:
        body = json.dumps(payload).encode()
        signed = signed_headers(body, SECRET, content_type="application/json")
        return await self.http.post("/slack/events", content=body, headers={**signed, **headers})

    async def post_form(self, form: dict[str, str]) -> httpx.Response:
        body = urlencode(form).encode()
        signed = signed_headers(body, SECRET, content_type="application/x-www-form-urlencoded")
        return await self.http.post("/slack/events", content=body, headers=signed)

    async def post_action(self, payload: dict[str, Any]) -> httpx.Response:
        return await self.post_form({"payload": json.dumps(payload)})


@pytest.fixture
def make_harness(slack: FakeSlack) -> Callable[..., Any]:
    @contextlib.asynccontextmanager
    async def make(
        respond: Callable[[IncomingMessage], list[Reply]] = echo,
        delay: float = 0.0,
        process_before_response: bool = False,
        reachability: Any = None,
    ) -> AsyncIterator[Harness]:
        engine = ScriptedEngine(respond, delay=delay)
        bot = build_slack_app(
            handler=engine,
            signing_secret=SECRET,
            token=TOKEN,
            api_url=slack.api_url,
            process_before_response=process_before_response,
            reachability=reachability,
        )
        async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
            yield Harness(bot, engine, http)

    return make


def dm(text: str, event_id: str, ts: str = "1700000001.000200") -> dict[str, Any]:
    payload = fixture("event_message_im")
    payload["event_id"] = event_id
    payload["event"].update(text=text, ts=ts, event_ts=ts)
    return payload


async def settle(seconds: float = 0.3) -> None:
    """Give lazy listeners time to do something they should not do."""
    await asyncio.sleep(seconds)


async def test_url_verification_echoes_the_challenge(make_harness: Any) -> None:
    async with make_harness() as h:
        payload = fixture("url_verification")
        response = await h.post_json(payload)
    assert response.status_code == 200
    assert payload["challenge"] in response.text


async def test_direct_messages_run_a_conversation_over_several_turns(
    make_harness: Any, slack: FakeSlack
) -> None:
    slack.timezones["U0USER1"] = "America/Chicago"
    async with make_harness() as h:
        for n, text in enumerate(["hello coach", "I want to lead a team", "by June"], 1):
            response = await h.post_json(dm(text, f"Ev0DM{n}", ts=f"17000000{n}.000100"))
            assert response.status_code == 200
            await slack.wait_for("chat.postMessage", count=n)
    texts = [m.text for m in h.engine.messages]
    assert texts == ["hello coach", "I want to lead a team", "by June"]
    first = h.engine.messages[0]
    assert first.identity.workspace_id == "T0001" and first.identity.user_id == "U0USER1"
    assert first.idempotency_key == "slack:Ev0DM1"
    assert first.timezone == "America/Chicago" and first.channel_id == "D0USER1"
    assert len(slack.calls_to("users.info")) == 1  # time zone fetched once, then cached
    posts = slack.calls_to("chat.postMessage")
    assert [p.args["channel"] for p in posts] == ["D0USER1"] * 3
    assert posts[1].args["text"] == "You said: I want to lead a team"
    assert posts[1].args["blocks"][0]["text"]["text"] == "You said: I want to lead a team"
    assert all(p.token == TOKEN for p in posts)


async def test_mood_scale_is_rendered_as_buttons_and_a_click_becomes_an_action(
    make_harness: Any, slack: FakeSlack
) -> None:
    mood = tuple(Choice(str(i), str(i)) for i in range(1, 11))

    def respond(message: IncomingMessage) -> list[Reply]:
        if message.action is None:
            return [Reply("How is your mood today, 1 to 10?", mood, choice_ref="checkin-mood")]
        return [Reply(f"Thanks, mood {message.action.value} recorded.")]

    async with make_harness(respond) as h:
        await h.post_json(dm("check in", "Ev0CHECK1"))
        (question,) = await slack.wait_for("chat.postMessage")
        rows = [b for b in question.args["blocks"] if b["type"] == "actions"]
        assert [len(r["elements"]) for r in rows] == [5, 5]
        seven = rows[1]["elements"][1]
        assert seven["value"] == "7" and seven["action_id"] == "coach:6:checkin-mood"

        started = time.monotonic()
        response = await h.post_action(fixture("block_actions"))
        assert response.status_code == 200 and time.monotonic() - started < 1.0
        posts = await slack.wait_for("chat.postMessage", count=2)
    assert h.engine.messages[1].action == Action(ref="checkin-mood", value="7")
    key = "slack:act:6166034912453.1232.a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5"
    assert h.engine.messages[1].idempotency_key == key
    assert posts[1].args["text"] == "Thanks, mood 7 recorded."
    (clicked,) = slack.calls_to("chat.update")  # buttons replaced by the choice
    assert clicked.args["ts"] == "1700000050.000100"
    assert not [b for b in clicked.args["blocks"] if b["type"] == "actions"]
    assert "7" in clicked.args["blocks"][-1]["elements"][0]["text"]


async def test_slash_command_acks_at_once_and_answers_in_the_dm(
    make_harness: Any, slack: FakeSlack
) -> None:
    async with make_harness() as h:
        response = await h.post_form(fixture("slash_command"))
        assert response.status_code == 200
        assert "direct messages" in response.text  # typed in #general: ephemeral pointer
        (post,) = await slack.wait_for("chat.postMessage")
        bare = {**fixture("slash_command"), "text": "", "trigger_id": "999.888.bare"}
        await h.post_form(bare)
        await slack.wait_for("chat.postMessage", count=2)
    first, second = h.engine.messages
    assert first.text == "start career-6-weeks"
    assert first.idempotency_key == "slack:cmd:13345224609.738474920.8088930838d88f008e0"
    assert second.text == "help"
    assert slack.calls_to("conversations.open")[0].args["users"] == "U0USER1"
    assert post.args["channel"] == "DU0USER1"


async def test_app_home_publishes_the_progress_card(make_harness: Any, slack: FakeSlack) -> None:
    card = ProgressCard(
        program_title="Career growth in 6 weeks",
        week_number=2,
        weeks_total=6,
        week_title="Strengths",
        step_number=3,
        steps_total=5,
        percent_complete=40,
        status="active",
        goal="Lead the Q3 launch",
        next_unlock="Monday 09:00",
    )

    def respond(message: IncomingMessage) -> list[Reply]:
        assert message.text == "status"
        return [Reply(text="", card=card)]

    async with make_harness(respond) as h:
        await h.post_json(fixture("event_app_home_opened"))
        (publish,) = await slack.wait_for("views.publish")
    assert publish.args["user_id"] == "U0USER1"
    view = publish.args["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["type"] == "home"
    assert view["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Career growth in 6 weeks", "emoji": True},
    }
    fields = " ".join(f["text"] for f in view["blocks"][1]["fields"])
    assert "2/6 · Strengths" in fields and "40%" in fields and "Lead the Q3 launch" in fields
    assert "Monday 09:00" in view["blocks"][2]["elements"][0]["text"]
    assert h.engine.messages[0].idempotency_key == "slack:Ev0HOME0001"


async def test_bad_signature_or_stale_timestamp_is_rejected_and_nothing_runs(
    make_harness: Any, slack: FakeSlack
) -> None:
    async with make_harness() as h:
        body = json.dumps(dm("hi", "Ev0FORGED")).encode()
        forged = signed_headers(body, "wrong-secret", content_type="application/json")
        stale = signed_headers(
            body, SECRET, timestamp=int(time.time()) - 600, content_type="application/json"
        )
        for headers in (forged, stale):
            response = await h.http.post("/slack/events", content=body, headers=headers)
            assert response.status_code == 401
        await settle()
    assert h.engine.messages == []
    assert slack.calls_to("chat.postMessage") == []


def test_http_mode_refuses_to_start_without_a_signing_secret() -> None:
    bot = build_slack_app(handler=ScriptedEngine(echo), token=TOKEN)
    with pytest.raises(ValueError, match="SLACK_SIGNING_SECRET"):
        build_asgi_app(bot)
    with pytest.raises(ValueError, match="SLACK_BOT_TOKEN"):
        build_slack_app(handler=ScriptedEngine(echo), signing_secret=SECRET)
    with pytest.raises(ValueError, match="DATABASE_URL"):
        build_slack_app(
            handler=ScriptedEngine(echo), signing_secret=SECRET, client_id="1", client_secret="2"
        )


async def test_an_event_delivered_three_times_is_answered_once(
    make_harness: Any, slack: FakeSlack
) -> None:
    async with make_harness() as h:
        payload = dm("hello", "Ev0RETRY1")
        await h.post_json(payload)
        for n in ("1", "2"):
            retry = await h.post_json(
                payload, **{"X-Slack-Retry-Num": n, "X-Slack-Retry-Reason": "http_timeout"}
            )
            assert retry.status_code == 200
        await slack.wait_for("chat.postMessage")
        await settle()
    assert len(slack.calls_to("chat.postMessage")) == 1
    assert len(h.engine.messages) == 1


async def test_a_retry_reaching_another_replica_is_not_answered_twice(slack: FakeSlack) -> None:
    engine = ScriptedEngine(echo)  # shared, as the PostgreSQL idempotency table is
    replicas = [
        build_slack_app(handler=engine, signing_secret=SECRET, token=TOKEN, api_url=slack.api_url)
        for _ in range(2)
    ]
    payload = dm("hello", "Ev0REPLICA")
    for n, bot in enumerate(replicas):
        async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
            body = json.dumps(payload).encode()
            headers = signed_headers(body, SECRET, content_type="application/json")
            headers["X-Slack-Retry-Num"] = str(n)
            assert (await http.post("/slack/events", content=body, headers=headers)).is_success
            await slack.wait_for("chat.postMessage")
            await settle()
    assert len(slack.calls_to("chat.postMessage")) == 1


async def test_a_slow_turn_is_acked_first_then_thinking_is_replaced_by_the_answer(
    make_harness: Any, slack: FakeSlack
) -> None:
    async with make_harness(delay=3.0) as h:
        started = time.monotonic()
        response = await h.post_json(dm("what should I focus on?", "Ev0SLOW1"))
        ack_seconds = time.monotonic() - started
        assert response.status_code == 200 and ack_seconds < 1.0
        (thinking,) = await slack.wait_for("chat.postMessage", within=3.0)
        assert thinking.args["text"] == "_thinking…_"
        assert len(h.engine.messages) == 1  # the turn is under way…
        assert slack.calls_to("chat.update") == []  # …and its answer not there yet
        (update,) = await slack.wait_for("chat.update", within=5.0)
    assert time.monotonic() - started >= 3.0
    assert update.args["channel"] == "D0USER1"
    assert update.args["ts"] == thinking.response["ts"]
    assert update.args["text"] == "You said: what should I focus on?"
    assert len(slack.calls_to("chat.postMessage")) == 1  # the answer replaced "thinking…"


@pytest.mark.parametrize("kind", ["command", "click"])
async def test_acks_stay_fast_in_process_before_response_mode(
    make_harness: Any, slack: FakeSlack, kind: str
) -> None:
    # FaaS-style: Bolt holds the HTTP response until the ack function returns; the
    # turn runs in the lazy listener either way.
    async with make_harness(delay=1.5, process_before_response=True) as h:
        started = time.monotonic()
        if kind == "command":
            response = await h.post_form(fixture("slash_command"))
        else:
            response = await h.post_action(fixture("block_actions"))
        assert response.status_code == 200 and time.monotonic() - started < 1.0
        await slack.wait_for("chat.postMessage", within=4.0)
    assert len(h.engine.messages) == 1


async def test_edits_bot_messages_own_messages_and_dm_mentions_are_ignored(
    make_harness: Any, slack: FakeSlack
) -> None:
    own = dm("my own echo", "Ev0OWN1")
    own["event"]["user"] = "UBOT"
    mention_in_dm = fixture("event_app_mention")  # message.im carries the same words
    mention_in_dm["event"]["channel"] = "D0USER1"
    ignored = [fixture("event_message_changed"), fixture("event_bot_message"), own, mention_in_dm]
    async with make_harness() as h:
        for payload in ignored:
            assert (await h.post_json(payload)).status_code == 200
        await settle()
    assert h.engine.messages == []
    assert slack.calls_to("chat.postMessage") == []


async def test_broadcast_mentions_echoed_back_are_neutralised(
    make_harness: Any, slack: FakeSlack
) -> None:
    async with make_harness() as h:
        await h.post_json(dm("<!channel> <!here> <!subteam^S0TEAM|@leads> hi", "Ev0MENTIONS"))
        (post,) = await slack.wait_for("chat.postMessage")
    rendered = json.dumps(post.args)
    for control in ("<!channel>", "<!here>", "<!subteam"):
        assert control not in rendered
    assert "hi" in post.args["text"]


class Reachable:
    def __init__(self) -> None:
        self.cleared: list[PlatformIdentity] = []

    async def mark_unreachable(self, *, identity: PlatformIdentity, reason: str) -> None:
        raise AssertionError("an incoming message never marks anyone unreachable")

    async def unreachable_reason(self, *, identity: PlatformIdentity) -> str | None:
        return None

    async def mark_reachable(self, *, identity: PlatformIdentity) -> None:
        self.cleared.append(identity)


async def test_writing_to_the_bot_marks_the_person_reachable_again(
    make_harness: Any, slack: FakeSlack
) -> None:
    reachability = Reachable()
    async with make_harness(reachability=reachability) as h:
        await h.post_json(dm("I'm back", "Ev0BACK1"))
        await slack.wait_for("chat.postMessage")
        await settle(0.1)
    assert reachability.cleared == [h.engine.messages[0].identity]


async def test_app_mention_is_answered_in_a_thread(make_harness: Any, slack: FakeSlack) -> None:
    async with make_harness() as h:
        await h.post_json(fixture("event_app_mention"))
        (post,) = await slack.wait_for("chat.postMessage")
    assert h.engine.messages[0].text == "status"
    assert post.args["channel"] == "C0GENERAL"
    assert post.args["thread_ts"] == "1700000020.000100"


async def test_healthz_and_metrics(make_harness: Any, slack: FakeSlack) -> None:
    async with make_harness() as h:
        await h.post_json(dm("hello", "Ev0METRICS"))
        await slack.wait_for("chat.postMessage")
        await settle(0.1)
        health = await h.http.get("/healthz")
        metrics = await h.http.get("/metrics")
    assert health.json() == {"status": "ok"}
    assert 'coachbot_slack_requests_total{type="event:message"} 1.0' in metrics.text
    assert 'coachbot_slack_acks_total{status="200",type="event:message"} 1.0' in metrics.text
    assert 'coachbot_slack_turn_seconds_count{type="message"} 1.0' in metrics.text


def test_the_manifest_asks_for_exactly_the_scopes_and_events_used() -> None:
    manifest = yaml.safe_load((Path(adapters.slack.__file__).parent / "manifest.yaml").read_text())
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == sorted(BOT_SCOPES)
    assert sorted(manifest["settings"]["event_subscriptions"]["bot_events"]) == [
        "app_home_opened",
        "app_mention",
        "app_uninstalled",
        "message.im",
        "tokens_revoked",
    ]
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/coach"]
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
