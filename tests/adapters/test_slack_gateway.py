"""SlackGateway against the fake Slack Web API: rate limits, 5xx, unreachable people."""

from __future__ import annotations

import itertools

import pytest

from adapters.slack import SingleToken, SlackGateway
from engine.messages import Choice, Platform, PlatformIdentity, Reply
from engine.ports import DeliveryDeferred, RecipientUnreachable
from tests.fakes.slack_server import FakeSlack, Scripted

ADA = PlatformIdentity(Platform.SLACK, workspace_id="T0001", user_id="U0ADA")
GRACE = PlatformIdentity(Platform.SLACK, workspace_id="T0001", user_id="U0GRACE")
NUDGE = [Reply("Time for your weekly check-in. How is your mood?", (Choice("Good", "good"),))]


class RecordingReachability:
    def __init__(self) -> None:
        self.marked: list[tuple[PlatformIdentity, str]] = []

    async def mark_unreachable(self, *, identity: PlatformIdentity, reason: str) -> None:
        self.marked.append((identity, reason))

    async def unreachable_reason(self, *, identity: PlatformIdentity) -> str | None:
        return next((r for i, r in self.marked if i == identity), None)

    async def mark_reachable(self, *, identity: PlatformIdentity) -> None:
        self.marked = [(i, r) for i, r in self.marked if i != identity]


class RecordedSleep:
    def __init__(self) -> None:
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def gateway(slack: FakeSlack, **kwargs: object) -> SlackGateway:
    return SlackGateway(tokens=SingleToken("xoxb-test"), api_url=slack.api_url, **kwargs)  # type: ignore[arg-type]


async def test_a_nudge_opens_the_dm_and_posts_once(slack: FakeSlack) -> None:
    delivery = await gateway(slack).send(identity=ADA, replies=NUDGE)
    assert delivery.channel_id == "DU0ADA"
    (post,) = slack.calls_to("chat.postMessage")
    assert delivery.platform_message_id == post.response["ts"]
    assert post.args["text"].startswith("Time for your weekly check-in")
    assert post.args["blocks"][1]["elements"][0]["value"] == "good"


async def test_429_retry_after_is_honoured_then_the_message_is_delivered_once(
    slack: FakeSlack,
) -> None:
    slack.script("chat.postMessage", Scripted.rate_limited(retry_after=2))
    sleep = RecordedSleep()
    delivery = await gateway(slack, sleep=sleep).send(identity=ADA, replies=NUDGE)
    assert 2.0 in sleep.waits
    posts = slack.calls_to("chat.postMessage")
    assert len(posts) == 2  # the refused attempt and the delivered one
    assert [p.response["ok"] for p in posts] == [False, True]
    assert delivery.platform_message_id == posts[1].response["ts"]


async def test_a_long_retry_after_defers_instead_of_blocking(slack: FakeSlack) -> None:
    slack.script("chat.postMessage", Scripted.rate_limited(retry_after=120))
    with pytest.raises(DeliveryDeferred) as deferred:
        await gateway(slack, sleep=RecordedSleep()).send(identity=ADA, replies=NUDGE)
    assert deferred.value.retry_after == 120


async def test_server_errors_back_off_and_then_defer(slack: FakeSlack) -> None:
    failure = Scripted(status=503, body={"ok": False, "error": "service_unavailable"})
    slack.script("chat.postMessage", *[failure] * 4)
    sleep = RecordedSleep()
    with pytest.raises(DeliveryDeferred):
        await gateway(slack, sleep=sleep, max_attempts=4).send(identity=ADA, replies=NUDGE)
    assert len(slack.calls_to("chat.postMessage")) == 4
    assert sleep.waits == sorted(sleep.waits) and len(sleep.waits) == 3


@pytest.mark.parametrize(
    ("method", "error"),
    [
        ("conversations.open", "cannot_dm_bot"),
        ("conversations.open", "user_not_found"),
        ("chat.postMessage", "channel_not_found"),
        ("chat.postMessage", "invalid_auth"),
    ],
)
async def test_closed_dms_are_unreachable_and_marked(
    slack: FakeSlack, method: str, error: str
) -> None:
    slack.script(method, Scripted.error(error))
    reachability = RecordingReachability()
    with pytest.raises(RecipientUnreachable) as unreachable:
        await gateway(slack, reachability=reachability).send(identity=ADA, replies=NUDGE)
    assert unreachable.value.reason == error
    assert reachability.marked == [(ADA, error)]
    assert len(slack.calls_to(method)) == 1  # never retried


async def test_other_api_errors_defer(slack: FakeSlack) -> None:
    slack.script("chat.postMessage", Scripted.error("msg_too_long"))
    with pytest.raises(DeliveryDeferred) as deferred:
        await gateway(slack).send(identity=ADA, replies=NUDGE)
    assert deferred.value.reason == "msg_too_long"


class SteppedClock:
    """A monotonic clock that moves only when the gateway sleeps (plus a little per call)."""

    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        self.now += 0.01  # each send takes a moment
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(round(seconds, 2))
        self.now += seconds


async def test_messages_to_one_channel_are_paced(slack: FakeSlack) -> None:
    clock = SteppedClock()
    slack_gateway = gateway(
        slack, per_channel_interval=1.0, sleep=clock.sleep, monotonic=clock.monotonic
    )
    stamps = []
    for _ in range(3):
        await slack_gateway.send(identity=ADA, replies=NUDGE)
        stamps.append(clock.now)
    assert clock.waits == [0.99, 0.99]  # the second and third wait out Slack's ~1 s per channel
    assert all(later - earlier >= 1.0 for earlier, later in itertools.pairwise(stamps))
    await slack_gateway.send(identity=GRACE, replies=NUDGE)  # another channel: no wait
    assert clock.waits == [0.99, 0.99]
    assert len(slack.calls_to("conversations.open")) == 2  # each DM channel opened once


async def test_a_workspace_without_installation_is_unreachable(slack: FakeSlack) -> None:
    class NoTokens:
        async def bot_token(self, workspace_id: str) -> str | None:
            return None

    with pytest.raises(RecipientUnreachable) as unreachable:
        await SlackGateway(tokens=NoTokens(), api_url=slack.api_url).send(
            identity=ADA, replies=NUDGE
        )
    assert unreachable.value.reason == "not_installed"
    assert slack.calls == []


async def test_a_reveal_opens_the_group_dm_of_both_colleagues_once(slack: FakeSlack) -> None:
    reveal = [Reply("🎉 You both said yes! Meet *Grace*.", together_with="U0GRACE")]
    delivery = await gateway(slack).send(identity=ADA, replies=reveal)
    assert delivery.channel_id == "DU0ADA"  # the reveal itself is in Ada's own DM
    opened = [c.args["users"] for c in slack.calls_to("conversations.open")]
    assert opened == ["U0ADA", "U0ADA,U0GRACE"]
    posts = slack.calls_to("chat.postMessage")
    assert [p.args["channel"] for p in posts] == ["DU0ADA", "GU0ADAU0GRACE"]
    assert "<@U0ADA>" in posts[1].args["text"] and "<@U0GRACE>" in posts[1].args["text"]


async def test_a_group_dm_that_cannot_open_does_not_fail_the_delivered_reveal(
    slack: FakeSlack,
) -> None:
    gw = gateway(slack)
    await gw.send(identity=ADA, replies=NUDGE)  # the DM is known: the next open is the group's
    slack.script("conversations.open", Scripted.error("user_not_found"))
    reveal = [Reply("🎉 You both said yes! Meet *Grace*.", together_with="U0GRACE")]
    delivery = await gw.send(identity=ADA, replies=reveal)
    assert delivery.channel_id == "DU0ADA"
    assert len(slack.calls_to("chat.postMessage")) == 2  # the nudge and the reveal, no hello
