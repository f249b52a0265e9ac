"""A fake Discord (REST API v10 + gateway) on 127.0.0.1 for the real discord.py client.

It speaks just enough of the protocol for the coachbot adapter: HELLO, IDENTIFY,
READY, heartbeats, RESUME/RESUMED with replay of missed events, INVALID_SESSION,
dispatch, zlib-stream compression; and the REST routes the adapter uses. Every
REST call is recorded; failures (429 with retry_after, 403 code 50007, 5xx) can
be scripted per route.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

from tests.fakes._loopback import serve_on_loopback

DISCORD_EPOCH_MS = 1420070400000
_counter = itertools.count(1)
JSON = dict[str, Any]
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content


def snowflake() -> str:
    now_ms = int(time.time() * 1000)
    return str(((now_ms - DISCORD_EPOCH_MS) << 22) | (next(_counter) & 0x3FFFFF))


@dataclass
class RestCall:
    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    body: Any
    status: int = 0
    at: float = field(default_factory=time.monotonic)


@dataclass
class _Failure:
    method: str
    pattern: re.Pattern[str]
    status: int
    body: JSON
    headers: dict[str, str]
    times: int


@dataclass
class _Session:
    id: str
    events: list[tuple[int, str, JSON]] = field(default_factory=list)
    seq: int = 0
    socket: _Socket | None = None


class _Socket:
    def __init__(self, ws: web.WebSocketResponse, zlib_stream: bool) -> None:
        self.ws = ws
        self._deflate = zlib.compressobj() if zlib_stream else None

    async def send(self, payload: JSON) -> None:
        text = json.dumps(payload)
        if self._deflate is None:
            await self.ws.send_str(text)
        else:
            data = self._deflate.compress(text.encode()) + self._deflate.flush(zlib.Z_SYNC_FLUSH)
            await self.ws.send_bytes(data)


class FakeDiscord:
    """Start with `await fake.start()`; point the client at `fake.url`."""

    def __init__(self, *, token: str = "fake-bot-token") -> None:
        self.token = token
        self.app_id = snowflake()
        self.bot_user = {
            "id": self.app_id,
            "username": "coachbot",
            "discriminator": "0",
            "global_name": "Coachbot",
            "avatar": None,
            "bot": True,
        }
        self.calls: list[RestCall] = []
        self.messages: list[JSON] = []  # every message created, channel or webhook
        self.files: dict[str, bytes] = {}  # attachments received, by file name
        self.closed_dms: set[str] = set()  # user ids whose DMs refuse the bot (50007)
        self.portal_intents = PRIVILEGED_INTENTS  # privileged intents enabled in the portal
        self.reject_intents = False  # close every IDENTIFY with 4014, whatever it asks for
        self.identified_intents: list[int] = []
        self.replay_all_on_resume = False  # simulate at-least-once redelivery
        self.identifies = 0
        self.shards = 1  # what GET /gateway/bot recommends
        self.identified_shards: list[list[int]] = []  # the `shard` of every IDENTIFY
        self.shard_sessions: dict[int, _Session] = {}  # shard id → its latest session
        self.gateway_queries: list[dict[str, str]] = []  # query of every socket opened
        self.resumes = 0
        self.commands: dict[str, list[JSON]] = {}  # "global" or guild id → synced commands
        self._dm_recipients: dict[str, JSON] = {}  # DM channel id → user
        self._nonces: dict[str, tuple[float, JSON]] = {}  # enforced nonce → (when, message)
        self.nonce_window = 300.0  # "the past few minutes"
        self._failures: list[_Failure] = []
        self._sessions: dict[str, _Session] = {}
        self._current: _Session | None = None
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.changed = asyncio.Condition()

    # ---- lifecycle -------------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner, port = await serve_on_loopback(app, handle_signals=False)
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        for session in self._sessions.values():
            if session.socket is not None:
                await session.socket.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def gateway_url(self) -> str:
        return self.url.replace("http://", "ws://") + "/gateway"

    # ---- scripting ---------------------------------------------------------------------
    def fail_next(
        self,
        method: str,
        path_regex: str,
        status: int,
        body: JSON,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        pattern = re.compile(path_regex)
        self._failures.append(_Failure(method, pattern, status, body, headers or {}, times))

    def rate_limit_next(
        self, method: str, path_regex: str, retry_after: float, *, is_global: bool = False
    ) -> None:
        headers = {
            "Retry-After": str(max(1, round(retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset-After": str(retry_after),
            "X-RateLimit-Bucket": "fakebucket",
            "X-RateLimit-Scope": "global" if is_global else "user",
            "Via": "1.1 google",  # discord.py treats a 429 without Via as a Cloudflare ban
        }
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        body = {
            "message": "You are being rate limited.",
            "retry_after": retry_after,
            "global": is_global,
            "code": 0,
        }
        self.fail_next(method, path_regex, 429, body, headers)

    def open_dm(self, user: JSON) -> str:
        """The DM channel between the bot and `user` (as if the person had written first)."""
        for channel_id, recipient in self._dm_recipients.items():
            if recipient["id"] == user["id"]:
                return channel_id
        channel_id = snowflake()
        self._dm_recipients[channel_id] = user
        return channel_id

    async def dispatch(self, event: str, data: JSON, *, shard: int | None = None) -> int:
        """Send a DISPATCH to the current session (or `shard`'s); kept for replay if the
        socket is down. Discord sends DMs on shard 0."""
        session = self._current if shard is None else self.shard_sessions.get(shard)
        assert session is not None, "no client has identified yet"
        session.seq += 1
        session.events.append((session.seq, event, data))
        if session.socket is not None and not session.socket.ws.closed:
            await session.socket.send({"op": 0, "t": event, "s": session.seq, "d": data})
        return session.seq

    async def drop_connection(self, code: int = 4000) -> None:
        """Close the client's socket with `code` (4000 = unknown error: resumable)."""
        session = self._current
        if session is not None and session.socket is not None:
            socket, session.socket = session.socket, None
            await socket.ws.close(code=code, message=b"fake disconnect")

    def forget_sessions(self) -> None:
        """Make every RESUME fail with INVALID_SESSION (the client must IDENTIFY again)."""
        self._sessions.clear()

    def rest(self, method: str, path_regex: str) -> list[RestCall]:
        pattern = re.compile(path_regex)
        return [c for c in self.calls if c.method == method and pattern.fullmatch(c.path)]

    async def wait_until(self, predicate: Any, within: float = 5.0) -> None:
        """Wait until `predicate()` holds; re-checked after every call and gateway change."""
        async with asyncio.timeout(within), self.changed:
            await self.changed.wait_for(predicate)

    async def _changed(self) -> None:
        async with self.changed:
            self.changed.notify_all()

    # ---- gateway -----------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        self.gateway_queries.append(dict(request.query))
        socket = _Socket(ws, request.query.get("compress") == "zlib-stream")
        await socket.send({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                break
            payload = json.loads(msg.data)
            op, data = payload["op"], payload.get("d")
            if op == 1:
                await socket.send({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:
                await self._identify(socket, data)
            elif op == 6:
                await self._resume(socket, data)
        await self._changed()
        return ws

    async def _identify(self, socket: _Socket, data: JSON) -> None:
        if data.get("token") != self.token:
            await socket.ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identified_intents.append(data["intents"])
        if self.reject_intents or data["intents"] & PRIVILEGED_INTENTS & ~self.portal_intents:
            await socket.ws.close(code=4014, message=b"Disallowed intent(s).")
            return
        self.identifies += 1
        session = _Session(id=uuid.uuid4().hex, socket=socket)
        self._sessions[session.id] = session
        self._current = session
        shard = list(data.get("shard") or [0, 1])
        self.identified_shards.append(shard)
        self.shard_sessions[shard[0]] = session
        session.seq += 1
        ready = {
            "v": 10,
            "user": self.bot_user,
            "guilds": [],
            "session_id": session.id,
            "resume_gateway_url": self.gateway_url,
            "shard": shard,
            "application": {"id": self.app_id, "flags": 0},
            "private_channels": [],
        }
        await socket.send({"op": 0, "t": "READY", "s": session.seq, "d": ready})
        await self._changed()

    async def _resume(self, socket: _Socket, data: JSON) -> None:
        session = self._sessions.get(data.get("session_id", ""))
        if session is None or data.get("token") != self.token:
            await socket.send({"op": 9, "d": False, "s": None, "t": None})
            return
        self.resumes += 1
        session.socket = socket
        self._current = session
        since = 0 if self.replay_all_on_resume else int(data.get("seq") or 0)
        for seq, event, payload in list(session.events):
            if seq > since:
                await socket.send({"op": 0, "t": event, "s": seq, "d": payload})
        session.seq += 1
        await socket.send({"op": 0, "t": "RESUMED", "s": session.seq, "d": {}})
        await self._changed()

    # ---- REST --------------------------------------------------------------------------
    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        if request.content_type.startswith("multipart/"):
            body = await self._multipart(request)
        else:
            body = await request.json() if request.can_read_body else None
        call = RestCall(request.method, path, dict(request.query), body)
        self.calls.append(call)
        response = self._respond(request, call)
        call.status = response.status
        await self._changed()
        return response

    def _respond(self, request: web.Request, call: RestCall) -> web.Response:
        auth = request.headers.get("Authorization")
        # Interaction callbacks and webhook follow-ups are authorised by their token.
        tokened = call.path.startswith(("/interactions/", "/webhooks/"))
        if auth != f"Bot {self.token}" and not (tokened and auth is None):
            return _error(401, 0, "401: Unauthorized")
        for failure in self._failures:
            if failure.method == call.method and failure.pattern.fullmatch(call.path):
                failure.times -= 1
                if failure.times <= 0:
                    self._failures.remove(failure)
                return _json(failure.body, status=failure.status, headers=failure.headers)
        for method, regex, route in self._routes():
            match = re.fullmatch(regex, call.path)
            if method == call.method and match:
                return route(call, *match.groups())
        return _error(404, 0, f"404: Not Found ({call.method} {call.path})")

    def _routes(self) -> list[tuple[str, str, Any]]:
        app = self.app_id
        return [
            ("GET", r"/users/@me", lambda c: _json(self.bot_user)),
            ("GET", r"/oauth2/applications/@me", lambda c: _json(self._app_info())),
            (
                "GET",
                r"/gateway/bot",
                lambda c: _json(
                    {
                        "url": self.gateway_url,
                        "shards": self.shards,
                        "session_start_limit": {
                            "total": 1000,
                            "remaining": 999,
                            "reset_after": 0,
                            "max_concurrency": 1,
                        },
                    }
                ),
            ),
            ("PUT", rf"/applications/{app}/commands", lambda c: self._sync(c, "global")),
            ("PUT", rf"/applications/{app}/guilds/(\d+)/commands", self._sync),
            ("POST", r"/users/@me/channels", self._open_dm),
            ("POST", r"/channels/(\d+)/typing", lambda c, _cid: web.Response(status=204)),
            ("POST", r"/channels/(\d+)/messages", self._channel_message),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._callback),
            ("POST", rf"/webhooks/{app}/([^/]+)", self._followup),
            ("PATCH", rf"/webhooks/{app}/([^/]+)/messages/(@original|\d+)", self._edit),
        ]

    def _app_info(self) -> JSON:
        return {
            "id": self.app_id,
            "name": "Coachbot",
            "icon": None,
            "description": "",
            "bot_public": True,
            "bot_require_code_grant": False,
            "verify_key": "00",
            "owner": self.bot_user,
            "flags": 0,
            "team": None,
        }

    def _sync(self, call: RestCall, scope: str) -> web.Response:
        commands = [
            {
                **cmd,
                "id": snowflake(),
                "application_id": self.app_id,
                "version": "1",
                **({"guild_id": scope} if scope != "global" else {}),
            }
            for cmd in call.body
        ]
        self.commands[scope] = commands
        return _json(commands)

    def _open_dm(self, call: RestCall) -> web.Response:
        user_id = str(call.body["recipient_id"])
        user = {"id": user_id, "username": f"user{user_id}", "discriminator": "0", "avatar": None}
        channel_id = self.open_dm(user)
        return _json(
            {
                "id": channel_id,
                "type": 1,
                "last_message_id": None,
                "recipients": [self._dm_recipients[channel_id]],
            }
        )

    async def _multipart(self, request: web.Request) -> JSON:
        """A message with files: `payload_json` plus `files[n]` parts, as Discord documents."""
        body: JSON = {}
        files: dict[str, bytes] = {}
        reader = await request.multipart()
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "payload_json":
                body = json.loads(await part.text())
            elif part.filename:
                files[part.filename] = bytes(await part.read())
        self.files.update(files)
        body["_filenames"] = sorted(files)
        return body

    def _channel_message(self, call: RestCall, channel_id: str) -> web.Response:
        recipient = self._dm_recipients.get(channel_id)
        if recipient is not None and recipient["id"] in self.closed_dms:
            return _error(403, 50007, "Cannot send messages to this user")
        # As documented: with enforce_nonce, a nonce this author used in the past few
        # minutes returns that message instead of creating a second one.
        nonce = call.body.get("nonce")
        enforced = nonce is not None and call.body.get("enforce_nonce") is True
        if enforced:
            earlier = self._nonces.get(str(nonce))
            if earlier is not None and time.monotonic() - earlier[0] < self.nonce_window:
                return _json(earlier[1])
        message = self._store(channel_id, call.body, source="channel")
        if nonce is not None:
            message["nonce"] = str(nonce)
        if enforced:
            self._nonces[str(nonce)] = (time.monotonic(), message)
        return _json(message)

    def _callback(self, call: RestCall, interaction_id: str, _token: str) -> web.Response:
        kind = call.body["type"]
        flags = (call.body.get("data") or {}).get("flags", 0)
        return _json(
            {
                "interaction": {
                    "id": interaction_id,
                    "type": 2,
                    "response_message_loading": kind == 5,
                    "response_message_ephemeral": bool(flags & 64),
                },
                "resource": {"type": kind},
            }
        )

    def _followup(self, call: RestCall, token: str) -> web.Response:
        return _json(self._store("0", call.body, source=f"followup:{token}"))

    def _edit(self, call: RestCall, token: str, message_id: str) -> web.Response:
        return _json(self._store("0", call.body, source=f"edit:{token}"))

    def _store(self, channel_id: str, body: JSON, *, source: str) -> JSON:
        message = {
            "id": snowflake(),
            "channel_id": channel_id,
            "author": self.bot_user,
            "content": body.get("content") or "",
            "embeds": body.get("embeds") or [],
            "components": body.get("components") or [],
            "flags": body.get("flags", 0),
            "allowed_mentions": body.get("allowed_mentions"),
            "timestamp": datetime.now(UTC).isoformat(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [
                {"id": snowflake(), "filename": name, "size": len(self.files.get(name, b""))}
                for name in body.get("_filenames", [])
            ],
            "pinned": False,
            "type": 0,
            "source": source,
        }
        self.messages.append(message)
        return message


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py only parses bodies whose content type is exactly "application/json".
    headers = {**(headers or {}), "Content-Type": "application/json"}
    return web.Response(body=json.dumps(data).encode(), status=status, headers=headers)


def _error(status: int, code: int, message: str) -> web.Response:
    return _json({"message": message, "code": code}, status=status)
