"""The real Bolt app behind uvicorn: conversations, clicks, commands, App Home."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import yaml

import adapters.slack
from adapters.slack import BOT_SCOPES
from engine.messages import (
    Action,
    Choice,
    IncomingMessage,
    PlatformIdentity,
    ProgressCard,
    Reply,
)
from tests.fakes.slack_server import (
    FakeSlack,
)
from tests.fakes.slack_server import direct_message as dm
from tests.fakes.slack_server import load_fixture as fixture
from tests.harness import TOKEN, settle


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


async def test_app_mention_is_answered_privately_with_a_pointer_in_the_thread(
    make_harness: Any, slack: FakeSlack
) -> None:
    async with make_harness() as h:
        await h.post_json(fixture("event_app_mention"))
        pointer, answer = await slack.wait_for("chat.postMessage", count=2)
    assert h.engine.messages[0].text == "status"
    assert pointer.args["channel"] == "C0GENERAL"
    assert pointer.args["thread_ts"] == "1700000020.000100"
    assert "direct messages" in pointer.args["text"]
    assert answer.args["channel"].startswith("D") and "thread_ts" not in answer.args


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
