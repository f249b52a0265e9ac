"""Slack installations in PostgreSQL: the stores, the OAuth flow, token rotation, uninstall."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet
from slack_sdk.oauth.installation_store.models.installation import Installation
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from adapters.slack import (
    PostgresInstallationStore,
    PostgresOAuthStateStore,
    SlackBot,
    TokenCipher,
    build_asgi_app,
    build_slack_app,
    build_slack_gateway,
)
from engine.messages import IncomingMessage, Platform, PlatformIdentity, Reply
from engine.ports import RecipientUnreachable
from tests.fakes.slack_server import FakeSlack, serve_asgi, signed_headers
from tests.fakes.slack_server import load_fixture as fixture

SECRET = "test-signing-secret"
CLIENT_ID = "1111.2222"
KEYS = Fernet.generate_key().decode()
CIPHER = TokenCipher(KEYS)


def installation(team: str = "T0002", token: str = "xoxb-old", **extra: Any) -> Installation:
    return Installation(
        app_id="A0001",
        enterprise_id=None,
        team_id=team,
        team_name="Beta",
        bot_token=token,
        bot_id="BBOT",
        bot_user_id="UBOT",
        bot_scopes="chat:write,im:history",
        user_id="U0INSTALLER",
        token_type="bot",
        **extra,
    )


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_async_engine(database_url)
    yield engine
    await engine.dispose()


async def test_installations_are_saved_found_and_deleted(db: AsyncEngine) -> None:
    store = PostgresInstallationStore(
        engine=db, client_id=CLIENT_ID, cipher=CIPHER, cache_seconds=0
    )
    await store.async_save(installation(token="xoxb-first"))
    later = datetime.now(UTC) + timedelta(seconds=5)
    await store.async_save(installation(token="xoxb-second", installed_at=later))
    await store.async_save(installation(team="T0OTHER", token="xoxb-other"))

    bot = await store.async_find_bot(enterprise_id=None, team_id="T0002")
    assert bot is not None and bot.bot_token == "xoxb-second"
    found = await store.async_find_installation(enterprise_id=None, team_id="T0002")
    assert found is not None and found.bot_token == "xoxb-second"
    assert found.user_id == "U0INSTALLER" and found.bot_scopes == ["chat:write", "im:history"]
    mine = await store.async_find_installation(
        enterprise_id=None, team_id="T0002", user_id="U0INSTALLER"
    )
    assert mine is not None and mine.bot_token == "xoxb-second"

    await store.async_delete_bot(enterprise_id=None, team_id="T0002")
    assert await store.async_find_bot(enterprise_id=None, team_id="T0002") is None
    await store.async_delete_all(enterprise_id=None, team_id="T0OTHER")
    async with db.connect() as conn:
        left = (await conn.execute(text("SELECT count(*) FROM slack_installations"))).scalar()
    assert left == 0


async def test_a_rotated_bot_token_replaces_the_old_one(db: AsyncEngine) -> None:
    store = PostgresInstallationStore(engine=db, client_id=CLIENT_ID, cipher=CIPHER)
    soon = int((datetime.now(UTC) + timedelta(minutes=5)).timestamp())
    await store.async_save(installation(bot_refresh_token="xoxe-1-old", bot_token_expires_at=soon))
    bot = await store.async_find_bot(enterprise_id=None, team_id="T0002")
    assert bot is not None and bot.bot_token_expires_at == soon
    bot.bot_token, bot.bot_refresh_token = "xoxe.xoxb-new", "xoxe-1-new"
    bot.bot_token_expires_at = soon + 43200
    await store.async_save_bot(bot)
    again = await store.async_find_bot(enterprise_id=None, team_id="T0002")
    assert again is not None
    assert (again.bot_token, again.bot_refresh_token) == ("xoxe.xoxb-new", "xoxe-1-new")
    assert again.bot_token_expires_at == soon + 43200


async def test_oauth_states_are_single_use_and_expire(db: AsyncEngine) -> None:
    states = PostgresOAuthStateStore(engine=db)
    state = await states.async_issue()
    assert await states.async_consume(state) is True
    assert await states.async_consume(state) is False
    expired = await PostgresOAuthStateStore(engine=db, expiration_seconds=-1).async_issue()
    assert await states.async_consume(expired) is False


def echo(message: IncomingMessage) -> list[Reply]:
    return [Reply(text=f"You said: {message.text}")]


class Engine:
    def __init__(self) -> None:
        self.messages: list[IncomingMessage] = []

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        self.messages.append(message)
        return echo(message)


async def post_event(http: httpx.AsyncClient, payload: dict[str, Any]) -> httpx.Response:
    body = json.dumps(payload).encode()
    headers = signed_headers(body, SECRET, content_type="application/json")
    return await http.post("/slack/events", content=body, headers=headers)


async def count_installations(db: AsyncEngine) -> int:
    async with db.connect() as conn:
        result = await conn.execute(text("SELECT count(*) FROM slack_installations"))
        return int(result.scalar_one())


def beta_dm(event_id: str) -> dict[str, Any]:
    payload = fixture("event_message_im")
    payload["team_id"] = payload["event"]["team"] = "T0002"
    payload["authorizations"][0]["team_id"] = "T0002"
    payload["event_id"] = event_id
    return payload


def oauth_app(handler: Engine, database_url: str, slack: FakeSlack) -> SlackBot:
    """The Slack app in OAuth mode: installations in the database, the Web API at `slack`."""
    return build_slack_app(
        handler=handler,
        signing_secret=SECRET,
        client_id=CLIENT_ID,
        client_secret="client-secret",
        database_url=database_url,
        encryption_key=KEYS,
        api_url=slack.api_url,
    )


async def save_expiring_installation(db: AsyncEngine) -> PostgresInstallationStore:
    """Workspace T0002 installed with a rotating bot token that expires in ten minutes
    (saved through the store returned)."""
    store = PostgresInstallationStore(engine=db, client_id=CLIENT_ID, cipher=CIPHER)
    soon = int((datetime.now(UTC) + timedelta(minutes=10)).timestamp())
    await store.async_save(
        installation(token="xoxe.xoxb-old", bot_refresh_token="xoxe-1-r", bot_token_expires_at=soon)
    )
    return store


async def test_install_answer_then_uninstall_a_second_workspace(
    database_url: str, db: AsyncEngine, slack: FakeSlack
) -> None:
    engine = Engine()
    bot = oauth_app(engine, database_url, slack)
    async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
        page = await http.get("/slack/install")
        assert page.status_code == 200
        state = re.search(r"state=([\w-]+)", page.text)
        assert state is not None and "scope=app_mentions" in page.text.replace("%3A", ":")
        cookie = page.headers["set-cookie"].split(";")[0]
        done = await http.get(
            "/slack/oauth_redirect",
            params={"code": "granted-code", "state": state.group(1)},
            headers={"Cookie": cookie},
        )
        assert done.status_code == 200, done.text
        (exchange,) = slack.calls_to("oauth.v2.access")
        assert exchange.args["code"] == "granted-code"
        token = exchange.response["access_token"]

        assert (await post_event(http, beta_dm("Ev0BETA1"))).status_code == 200
        (post,) = await slack.wait_for("chat.postMessage")
        assert post.token == token and post.args["text"] == "You said: hello coach"
        assert engine.messages[0].identity.workspace_id == "T0002"

        assert await count_installations(db) == 1
        assert (await post_event(http, fixture("event_app_uninstalled"))).status_code == 200
        for _ in range(100):  # the deletion runs after the acknowledgement
            if await count_installations(db) == 0:
                break
            await asyncio.sleep(0.02)
    assert await count_installations(db) == 0


async def test_an_expiring_bot_token_is_rotated_before_use(
    database_url: str, db: AsyncEngine, slack: FakeSlack
) -> None:
    await save_expiring_installation(db)
    bot = oauth_app(Engine(), database_url, slack)
    async with serve_asgi(build_asgi_app(bot)) as url, httpx.AsyncClient(base_url=url) as http:
        assert (await post_event(http, beta_dm("Ev0ROTATE1"))).status_code == 200
        (post,) = await slack.wait_for("chat.postMessage")
    (refresh,) = slack.calls_to("oauth.v2.access")
    assert refresh.args["grant_type"] == "refresh_token"
    assert refresh.args["refresh_token"] == "xoxe-1-r"
    assert post.token == refresh.response["access_token"] != "xoxe.xoxb-old"
    fresh = PostgresInstallationStore(engine=db, client_id=CLIENT_ID, cipher=CIPHER)
    saved = await fresh.async_find_bot(enterprise_id=None, team_id="T0002")
    assert saved is not None and saved.bot_token == post.token


async def test_the_gateway_uses_and_rotates_installed_tokens(
    database_url: str, db: AsyncEngine, slack: FakeSlack
) -> None:
    store = await save_expiring_installation(db)
    gateway = build_slack_gateway(
        client_id=CLIENT_ID,
        client_secret="s",
        database_url=database_url,
        encryption_key=KEYS,
        api_url=slack.api_url,
    )
    beta = PlatformIdentity(Platform.SLACK, workspace_id="T0002", user_id="U0BEA")
    try:
        await gateway.send(identity=beta, replies=[Reply("Check-in time")])
        with pytest.raises(RecipientUnreachable):  # a workspace that never installed us
            await gateway.send(
                identity=PlatformIdentity(Platform.SLACK, "T0NONE", "U1"), replies=[]
            )
    finally:
        await gateway.aclose()
    (post,) = slack.calls_to("chat.postMessage")
    (refresh,) = slack.calls_to("oauth.v2.access")
    assert post.token == refresh.response["access_token"]
    saved = await store.async_find_bot(enterprise_id=None, team_id="T0002")
    assert saved is not None and saved.bot_token == post.token
