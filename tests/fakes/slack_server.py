"""A fake Slack Web API on 127.0.0.1 for adapter tests.

Point `AsyncWebClient(base_url=fake.api_url)` at it. Every call is recorded; any
method can be scripted to answer with an error, a 429 with Retry-After, or a 5xx
before it falls back to its default behaviour.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from aiohttp import web

from benchmarks import serve_asgi as _serve_asgi
from benchmarks import signed_headers as signed_headers
from engine.messages import IncomingMessage, Reply
from tests.fakes._loopback import serve_on_loopback


def serve_asgi(app: Any) -> contextlib.AbstractAsyncContextManager[str]:
    """`benchmarks.serve_asgi` with uvicorn's warnings shown."""
    return _serve_asgi(app, log_level="warning")


@dataclass(frozen=True)
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    response: dict[str, Any]
    at: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class Scripted:
    status: int = 200
    body: dict[str, Any] = field(default_factory=lambda: {"ok": True})
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow Slack)

    @classmethod
    def slow(cls, seconds: float, body: dict[str, Any] | None = None) -> Scripted:
        return cls(body=body or {"ok": True, "ts": "1700000000.000001"}, delay=seconds)

    @classmethod
    def error(cls, error: str, status: int = 200) -> Scripted:
        return cls(status=status, body={"ok": False, "error": error})

    @classmethod
    def rate_limited(cls, retry_after: int = 1) -> Scripted:
        body = {"ok": False, "error": "ratelimited"}
        return cls(status=429, body=body, headers={"Retry-After": str(retry_after)})


class FakeSlack:
    """The Web API methods Coachbot uses, with recorded calls and scripted failures."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.scripts: dict[str, list[Scripted]] = {}
        self.teams: dict[str, str] = {}  # token -> team_id; unknown xoxb tokens -> T0001
        self.timezones: dict[str, str] = {}
        self.bot_user_id = "UBOT"
        self._ts = itertools.count(1)
        self._tokens = itertools.count(1)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self.socket: web.WebSocketResponse | None = None
        self.socket_acks: dict[str, dict[str, Any]] = {}
        self.uploads: dict[str, bytes] = {}
        self.abandoned: list[str] = []  # slow calls whose client was gone before the answer

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/{method}", self._dispatch)
        app.router.add_get("/api/{method}", self._dispatch)
        app.router.add_get("/link/", self._socket_mode)
        app.router.add_post("/upload/{file_id}", self._upload)
        self._runner, self.port = await serve_on_loopback(app, access_log=None)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def reset(self) -> None:
        self.socket = None
        self.socket_acks.clear()
        self.calls.clear()
        self.scripts.clear()
        self.teams.clear()
        self.timezones.clear()

    def script(self, method: str, *responses: Scripted) -> None:
        """Answer the next calls of `method` with `responses`, then behave normally."""
        self.scripts.setdefault(method, []).extend(responses)

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, method: str, count: int = 1, within: float = 5.0) -> list[Call]:
        """Wait until `method` has been called at least `count` times."""

        def enough() -> bool:
            return len(self.calls_to(method)) >= count

        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(enough), within)
        return self.calls_to(method)

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def _socket_mode(self, request: web.Request) -> web.WebSocketResponse:
        """Socket Mode: one WebSocket; envelopes go out, acknowledgements come back."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.socket = ws
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {}})
        await self._notify()
        async for frame in ws:
            if frame.type == web.WSMsgType.TEXT:
                ack = json.loads(frame.data)
                self.socket_acks[str(ack.get("envelope_id"))] = ack
                await self._notify()
        return ws

    async def wait_for_socket(self, within: float = 5.0) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: self.socket is not None), within)

    async def send_envelope(
        self, kind: str, payload: dict[str, Any], within: float = 3.0
    ) -> dict[str, Any]:
        """Push an `events_api` / `slash_commands` / `interactive` envelope; return its ack."""
        assert self.socket is not None, "no Socket Mode connection"
        envelope_id = f"env-{next(self._ts)}"
        await self.socket.send_json(
            {
                "envelope_id": envelope_id,
                "type": kind,
                "payload": payload,
                "accepts_response_payload": kind != "events_api",
                "retry_attempt": 0,
                "retry_reason": "",
            }
        )
        async with self._changed:
            await asyncio.wait_for(
                self._changed.wait_for(lambda: envelope_id in self.socket_acks), within
            )
        return self.socket_acks[envelope_id]

    async def _dispatch(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            args.update(await request.json())
        elif request.can_read_body:
            args.update(await request.post())
        auth = request.headers.get("Authorization", "")
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else args.get("token")
        queue = self.scripts.get(method)
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if queue:
            answer = queue.pop(0)
        elif handler is None:
            answer = Scripted.error("unknown_method")
        else:
            answer = Scripted(body=handler(args, token))
        if answer.delay:
            await asyncio.sleep(answer.delay)
            if request.transport is None or request.transport.is_closing():
                self.abandoned.append(method)  # the client hung up: it never got an answer
                return web.json_response(answer.body, status=answer.status)
        self.calls.append(Call(method, args, token, answer.body))
        await self._notify()
        return web.json_response(answer.body, status=answer.status, headers=answer.headers)

    async def _upload(self, request: web.Request) -> web.Response:
        """Step 2 of files_upload_v2: the bytes go to the URL Slack handed out."""
        self.uploads[request.match_info["file_id"]] = await request.read()
        return web.Response(text="OK - uploaded")

    def _files_getUploadURLExternal(
        self, args: dict[str, Any], token: str | None
    ) -> dict[str, Any]:
        file_id = f"F{next(self._ts):06d}"
        url = f"http://127.0.0.1:{self.port}/upload/{file_id}"
        return {"ok": True, "upload_url": url, "file_id": file_id}

    def _files_completeUploadExternal(
        self, args: dict[str, Any], token: str | None
    ) -> dict[str, Any]:
        files = args.get("files")
        files = json.loads(files) if isinstance(files, str) else files or []
        return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}

    def _next_ts(self) -> str:
        return f"{1_700_000_000 + next(self._ts)}.000100"

    def _apps_connections_open(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        if not token or not token.startswith("xapp-"):
            return {"ok": False, "error": "invalid_auth"}
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link/"}

    def _auth_test(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        if not token or not token.startswith("xox"):
            return {"ok": False, "error": "invalid_auth"}
        team = self.teams.get(token, "T0001")
        return {
            "ok": True,
            "url": "https://acme.slack.com/",
            "team": "Acme",
            "user": "coachbot",
            "team_id": team,
            "user_id": self.bot_user_id,
            "bot_id": "BBOT",
            "is_enterprise_install": False,
        }

    def _chat_postMessage(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        ts = self._next_ts()
        message = {"type": "message", "text": args.get("text"), "ts": ts, "bot_id": "BBOT"}
        return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": message}

    def _chat_update(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}

    def _chat_delete(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}

    def _conversations_open(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        users = str(args.get("users", "")).split(",")
        if len(users) > 1:  # a multi-person DM (mpim) of the bot and these users
            return {"ok": True, "channel": {"id": "G" + "".join(sorted(users)), "is_mpim": True}}
        return {"ok": True, "channel": {"id": "D" + users[0]}}

    def _users_info(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        user = str(args.get("user"))
        profile = {"display_name": f"name-{user}", "real_name": f"Real {user}"}
        tz = self.timezones.get(user, "Europe/Berlin")
        return {"ok": True, "user": {"id": user, "tz": tz, "profile": profile}}

    def _views_publish(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        view = args.get("view")
        view = json.loads(view) if isinstance(view, str) else view
        return {"ok": True, "view": {"id": "V1", **(view or {})}}

    def _oauth_v2_access(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        n = next(self._tokens)
        rotating = {"refresh_token": f"xoxe-1-refresh-{n}", "expires_in": 43200}
        if args.get("grant_type") == "refresh_token":
            return {"ok": True, "token_type": "bot", "access_token": f"xoxe.xoxb-{n}", **rotating}
        return {
            "ok": True,
            "app_id": "A0001",
            "authed_user": {"id": "U0INSTALLER"},
            "scope": "chat:write,im:history,im:write,app_mentions:read,commands,users:read",
            "token_type": "bot",
            "access_token": f"xoxb-installed-{n}",
            "bot_user_id": self.bot_user_id,
            "team": {"id": "T0002", "name": "Beta"},
            "enterprise": None,
            "is_enterprise_install": False,
        }


# --- Driving the app like Slack does --------------------------------------------------

FIXTURES = Path(__file__).parent.parent / "adapters" / "fixtures" / "slack"


def load_fixture(name: str) -> dict[str, Any]:
    """A payload from tests/adapters/fixtures/slack, fresh for each call."""
    payload: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text())
    return payload


def direct_message(text: str, event_id: str, ts: str = "1700000001.000200") -> dict[str, Any]:
    payload = load_fixture("event_message_im")
    payload["event_id"] = event_id
    payload["event"].update(text=text, ts=ts, event_ts=ts)
    return payload


class SlackSender:
    """Posts correctly signed Events API, slash command and interactivity requests."""

    def __init__(self, http: httpx.AsyncClient, secret: str) -> None:
        self.http, self.secret = http, secret

    async def post_json(self, payload: dict[str, Any], **headers: str) -> httpx.Response:
        body = json.dumps(payload).encode()
        signed = signed_headers(body, self.secret, content_type="application/json")
        return await self.http.post("/slack/events", content=body, headers={**signed, **headers})

    async def post_form(self, form: dict[str, str]) -> httpx.Response:
        body = urlencode(form).encode()
        form_type = "application/x-www-form-urlencoded"
        signed = signed_headers(body, self.secret, content_type=form_type)
        return await self.http.post("/slack/events", content=body, headers=signed)

    async def post_action(self, payload: dict[str, Any]) -> httpx.Response:
        return await self.post_form({"payload": json.dumps(payload)})


class ScriptedEngine:
    """A fake of the engine port: records messages; a replayed idempotency key gets []."""

    def __init__(
        self,
        respond: Callable[[IncomingMessage], list[Reply]],
        *,
        delay: float = 0.0,
        gate: asyncio.Event | None = None,
    ) -> None:
        self.respond = respond
        self.delay = delay
        self.gate = gate  # when given, every turn waits until it is set
        self.messages: list[IncomingMessage] = []
        self._keys: set[str] = set()

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        if message.idempotency_key in self._keys:
            return []
        self._keys.add(message.idempotency_key)
        self.messages.append(message)
        await asyncio.sleep(self.delay)
        if self.gate is not None:
            await self.gate.wait()
        return self.respond(message)


def echo(message: IncomingMessage) -> list[Reply]:
    if message.action is not None:
        return [Reply(text=f"Noted: {message.action.value}")]
    return [Reply(text=f"You said: {message.text}")]
