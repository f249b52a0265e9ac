"""Loopback fakes for the benches: a minimal Slack Web API and a rate-limited chat platform."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import itertools
import time
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import uvicorn
from aiohttp import web


def signed_headers(
    body: bytes, secret: str, *, timestamp: int | None = None, content_type: str
) -> dict[str, str]:
    """Headers Slack sends: v0 HMAC-SHA256 over `v0:{timestamp}:{body}` (now, by default)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256)
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": "v0=" + digest.hexdigest(),
    }


@contextlib.asynccontextmanager
async def serve_asgi(app: Any, *, log_level: str = "error") -> AsyncIterator[str]:
    """Run an ASGI app with uvicorn on an ephemeral loopback port; yield its base URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level=log_level, lifespan="on")
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


class _AiohttpServer:
    def __init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self.port = 0

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def start(self) -> None:
        app = web.Application()
        self.routes(app)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


class FakeSlackApi(_AiohttpServer):
    """auth.test, users.info, chat.postMessage/update/delete: what a turn's delivery needs."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = Counter[str]()
        self._ts = itertools.count(1)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/api/{method}", self._dispatch)

    async def _dispatch(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        self.calls[method] += 1
        if request.can_read_body:
            await request.read()
        body: dict[str, Any] = {"ok": True}
        if method == "auth.test":
            body.update(
                team_id="T0001",
                user_id="UBOT",
                bot_id="BBOT",
                team="Acme",
                user="bot",
                url="https://acme.slack.com/",
            )
        elif method == "users.info":
            body["user"] = {"id": "U", "tz": "Europe/Berlin", "profile": {"display_name": "x"}}
        elif method.startswith("chat."):
            body.update(channel="D1", ts=f"{1_700_000_000 + next(self._ts)}.000100")
        return web.json_response(body)


class RateLimitedPlatform(_AiohttpServer):
    """`POST /send` accepts at most `limit` messages a second (a token bucket of one
    second's burst); beyond that it answers 429 with `Retry-After`. Every accepted
    message is counted by its idempotency key, so losses and doubles can be checked."""

    def __init__(self, limit: float) -> None:
        super().__init__()
        self.limit = limit
        self.tokens = limit
        self.refilled = time.monotonic()
        self.accepted = Counter[str]()
        self.rejected_429 = 0
        self.first_accept: float | None = None
        self.last_accept: float | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/send"

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/send", self._send)

    def _take(self) -> float:
        """0 when a token was taken, else seconds until the next token."""
        now = time.monotonic()
        self.tokens = min(self.limit, self.tokens + (now - self.refilled) * self.limit)
        self.refilled = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / self.limit

    async def _send(self, request: web.Request) -> web.Response:
        payload = await request.json()
        wait = self._take()
        if wait > 0:
            self.rejected_429 += 1
            return web.json_response(
                {"ok": False, "error": "ratelimited", "retry_after": wait},
                status=429,
                headers={"Retry-After": f"{max(wait, 0.001):.3f}"},
            )
        now = time.monotonic()
        self.first_accept = self.first_accept or now
        self.last_accept = now
        key = str(payload.get("key"))
        self.accepted[key] += 1
        return web.json_response({"ok": True, "id": f"m-{key}-{self.accepted[key]}"})
