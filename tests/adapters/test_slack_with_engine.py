"""The real Bolt app and the real engine: a week of the demo program over Slack DMs."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from adapters.slack import build_asgi_app, build_slack_app
from engine.store.reachability import PgReachability
from tests.fakes.slack_server import FakeSlack, SlackSender, serve_asgi
from tests.fakes.slack_server import direct_message as dm
from tests.fakes.slack_server import load_fixture as fixture
from tests.harness import Harness

SECRET = "test-signing-secret"


@pytest.fixture
def slack(fresh_slack: FakeSlack) -> FakeSlack:
    return fresh_slack  # the server is declared once, in tests/conftest.py


class Person(SlackSender):
    def __init__(self, http: httpx.AsyncClient, slack: FakeSlack) -> None:
        super().__init__(http, SECRET)
        self.slack = slack
        self.sent = 0

    def _posted(self) -> int:
        return len([c for c in self.slack.calls if c.method == "chat.postMessage"])

    async def say(self, text: str) -> list[str]:
        before = self._posted()
        self.sent += 1
        response = await self.post_json(dm(text, f"Ev{self.sent:04d}", ts=f"{self.sent}.0001"))
        assert response.status_code == 200
        await self.slack.wait_for("chat.postMessage", count=before + 1)
        return [str(c.args.get("text")) for c in self.slack.calls_to("chat.postMessage")[before:]]

    async def click_last_button(self, label: str) -> None:
        last = self.slack.calls_to("chat.postMessage")[-1]
        blocks = last.args["blocks"]
        blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
        for block in blocks:
            for element in block.get("elements", []):
                if element.get("type") == "button" and element["text"]["text"] == label:
                    payload = fixture("block_actions")
                    payload["message"]["blocks"] = blocks
                    payload["actions"] = [
                        {
                            **element,
                            "block_id": block.get("block_id", "b"),
                            "action_ts": "1700000099.000001",
                        }
                    ]
                    before = self._posted()
                    response = await self.post_action(payload)
                    assert response.status_code == 200
                    await self.slack.wait_for("chat.postMessage", count=before + 1)
                    return
        raise AssertionError(f"no button {label!r} in {blocks}")


async def test_a_week_of_coaching_in_slack_dms(harness: Harness, slack: FakeSlack) -> None:
    bot = build_slack_app(
        handler=harness.bot,
        signing_secret=SECRET,
        token="xoxb-t",
        api_url=slack.api_url,
        reachability=PgReachability(harness.db),
    )
    async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
        ada = Person(http, slack)
        first = await ada.say("start demo")
        assert any("taste of coaching" in t.lower() for t in first)
        await ada.say("My name is Ada")
        await ada.click_last_button("8")  # the mood scale, as a Block Kit button
        assert await harness.scalar("SELECT mood FROM check_ins") == 8
        week_one = [
            "I want to sleep earlier because I am tired every afternoon and it affects my kids",
            "1",
            "yes",
            "I will be in bed by 22:30 on 5 weeknights for 2 weeks, realistic since I"
            " already read in bed, because I want energy for my kids",
            "yes",  # keep the goal sentence shown
            "done",
            "I learned that evenings matter. Next week I will switch off screens at 22:00.",
        ]
        for text in week_one:
            if await harness.scalar("SELECT current_week FROM enrolments") != 1:
                break
            await ada.say(text)
        assert (
            await harness.scalar("SELECT status FROM week_progress WHERE week_number = 1")
            == "completed"
        )
        assert await harness.scalar("SELECT count(*) FROM goals") == 1
        assert await harness.scalar("SELECT timezone FROM users") == "Europe/Berlin"

        await ada.say("export my data")
        await slack.wait_for("files.completeUploadExternal")
        assert slack.uploads, "the export is uploaded as a file"
        exported: dict[str, Any] = json.loads(next(iter(slack.uploads.values())))
        assert exported["goals"] and exported["check_ins"]
        notices = [
            str(c.args.get("text", ""))
            for c in slack.calls
            if c.method in {"chat.postMessage", "chat.update"} and "JSON" in str(c.args)
        ]
        assert notices, "the export is announced in a message"
        for notice in notices:  # one short line, never the JSON itself
            assert "\n" not in notice and len(notice) < 120 and '"goals"' not in notice
        (completed,) = slack.calls_to("files.completeUploadExternal")
        assert '"goals"' not in json.dumps(completed.args)
