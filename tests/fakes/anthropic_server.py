"""A fake Anthropic Messages API on 127.0.0.1 for adapter tests.

Point the real SDK at it: `AsyncAnthropic(base_url=fake.base_url)` (or set
`ANTHROPIC_BASE_URL`). `POST /v1/messages` answers in the documented shapes
(the key may come as `x-api-key` or, as anthropic>=2 sends it, `Authorization: Bearer`),
records every request, and takes its answers from a queue of `Scripted` responses,
falling back to `responder(body) -> tool input` when the queue is empty.

Prompt caching is simulated: the prefix up to each `cache_control` breakpoint
(tools, then system, then messages) is cached for `cache_ttl` seconds once it
reaches `min_cacheable_tokens`; the first request reports
`cache_creation_input_tokens`, later identical prefixes `cache_read_input_tokens`.
Tokens are estimated as one per four characters.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import web

Responder = Callable[[dict[str, Any]], dict[str, Any]]

_STATUS_ERRORS = {
    400: "invalid_request_error",
    401: "authentication_error",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}


def default_responder(body: dict[str, Any]) -> dict[str, Any]:
    """A bland, complete judgement."""
    return {"reply": "Thanks, that's clear.", "complete": True, "missing": []}


@dataclass(frozen=True)
class Recorded:
    """One request as the server saw it."""

    headers: dict[str, str]
    body: Any
    at: float = field(default_factory=time.monotonic)

    @property
    def api_key(self) -> str | None:
        """The key from `x-api-key`, or from `Authorization: Bearer` (newer SDKs send that)."""
        lowered = {k.lower(): v for k, v in self.headers.items()}
        if lowered.get("x-api-key"):
            return lowered["x-api-key"]
        scheme, _, token = lowered.get("authorization", "").partition(" ")
        return token.strip() or None if scheme.lower() == "bearer" else None

    def user_text(self) -> str:
        """All text of the request's user messages, joined."""
        texts: list[str] = []
        for message in self.body.get("messages", []):
            content = message.get("content")
            if isinstance(content, str):
                texts.append(content)
            else:
                texts.extend(b.get("text", "") for b in content if b.get("type") == "text")
        return "\n".join(texts)


@dataclass(frozen=True)
class Scripted:
    """One scripted answer; `delay` seconds pass before it is sent."""

    tool_input: Any = None  # any JSON; sent as the tool_use block's input
    status: int = 200
    error_type: str | None = None
    text: str | None = None  # a text block instead of a tool call
    raw: str | None = None  # a body sent verbatim (malformed JSON, say)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0

    @classmethod
    def tool(cls, tool_input: Any, *, delay: float = 0.0) -> Scripted:
        return cls(tool_input=tool_input, delay=delay)

    @classmethod
    def error(cls, status: int, error_type: str | None = None, **kw: Any) -> Scripted:
        return cls(status=status, error_type=error_type or _STATUS_ERRORS.get(status), **kw)

    @classmethod
    def overloaded(cls) -> Scripted:
        return cls.error(529, "overloaded_error")

    @classmethod
    def server_error(cls) -> Scripted:
        return cls.error(500, "api_error")

    @classmethod
    def rate_limited(cls, retry_after: float = 1) -> Scripted:
        return cls.error(429, "rate_limit_error", headers={"retry-after": f"{retry_after:g}"})

    @classmethod
    def text_only(cls, text: str) -> Scripted:
        return cls(text=text)

    @classmethod
    def malformed(cls, raw: str = '{"type": "message", "content": [') -> Scripted:
        return cls(raw=raw)

    @classmethod
    def slow(cls, delay: float, tool_input: Any = None) -> Scripted:
        return cls(tool_input=tool_input, delay=delay)


class FakeAnthropic:
    """`POST /v1/messages` with recorded requests, scripted answers and a prompt cache."""

    def __init__(
        self,
        responder: Responder = default_responder,
        *,
        min_cacheable_tokens: int = 1024,
        cache_ttl: float = 300.0,
    ) -> None:
        self.responder = responder
        self.min_cacheable_tokens = min_cacheable_tokens
        self.cache_ttl = cache_ttl
        self.requests: list[Recorded] = []
        self.queue: deque[Scripted] = deque()
        self._cache: dict[str, float] = {}  # prefix digest -> expiry (monotonic)
        self._ids = itertools.count(1)
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, *answers: Scripted) -> None:
        """Queue answers for the next requests, in order."""
        self.queue.extend(answers)

    def reset(self) -> None:
        self.requests.clear()
        self.queue.clear()
        self._cache.clear()

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/v1/messages", self._messages)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        self._closing.set()  # wakes handlers sleeping on a scripted delay
        if self._runner is not None:
            await self._runner.cleanup()

    async def __aenter__(self) -> FakeAnthropic:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # --- the endpoint ----------------------------------------------------------

    async def _messages(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = None
        recorded = Recorded(headers=dict(request.headers), body=body)
        self.requests.append(recorded)

        if not recorded.api_key:
            return _error(401, "authentication_error", "x-api-key header is required")
        problem = _invalid(request, body)
        if problem:
            return _error(400, "invalid_request_error", problem)

        answer = self.queue.popleft() if self.queue else Scripted()
        if answer.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), answer.delay)
        if answer.status != 200:
            message = f"scripted {answer.error_type or 'error'}"
            return _error(answer.status, answer.error_type or "api_error", message, answer.headers)
        if answer.raw is not None:
            return web.Response(text=answer.raw, content_type="application/json")
        return web.json_response(self._message(body, answer), headers=answer.headers)

    def _message(self, body: dict[str, Any], answer: Scripted) -> dict[str, Any]:
        if answer.text is not None:
            content: list[dict[str, Any]] = [{"type": "text", "text": answer.text}]
            stop_reason = "end_turn"
        else:
            tool_input = answer.tool_input
            if tool_input is None:
                tool_input = self.responder(body)
            block = {
                "type": "tool_use",
                "id": f"toolu_fake{next(self._ids):06d}",
                "name": _tool_name(body),
                "input": tool_input,
            }
            content, stop_reason = [block], "tool_use"
        return {
            "id": f"msg_fake{next(self._ids):06d}",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {"output_tokens": _tokens(json.dumps(content)), **self._input_usage(body)},
        }

    # --- prompt caching ----------------------------------------------------------

    def _input_usage(self, body: dict[str, Any]) -> dict[str, int]:
        segments = _segments(body)
        total = sum(tokens for tokens, _, _ in segments)
        now = time.monotonic()
        self._cache = {k: exp for k, exp in self._cache.items() if exp > now}

        # Running digest of the prefix, checked at each breakpoint.
        digest = hashlib.sha256(str(body["model"]).encode())
        prefixes: list[tuple[str, int]] = []  # (digest, tokens) at each breakpoint
        running = 0
        for tokens, canonical, breakpoint in segments:
            digest.update(canonical.encode())
            running += tokens
            if breakpoint and running >= self.min_cacheable_tokens:
                prefixes.append((digest.hexdigest(), running))

        read = next((t for d, t in reversed(prefixes) if d in self._cache), 0)
        write = prefixes[-1][1] - read if prefixes else 0
        for d, _ in prefixes:
            self._cache[d] = now + self.cache_ttl  # hits refresh the TTL too
        return {
            "input_tokens": total - read - write,
            "cache_creation_input_tokens": write,
            "cache_read_input_tokens": read,
        }


def _segments(body: dict[str, Any]) -> list[tuple[int, str, bool]]:
    """(tokens, canonical text, ends at a breakpoint) for tools, system, message blocks."""
    blocks: list[Any] = list(body.get("tools") or [])
    system = body.get("system")
    blocks.extend([{"type": "text", "text": system}] if isinstance(system, str) else system or [])
    for message in body["messages"]:
        content = message.get("content")
        if isinstance(content, str):
            content = [{"type": "text", "text": content}]
        blocks.extend({"role": message.get("role"), **b} for b in content or [])
    out = []
    for block in blocks:
        bare = {k: v for k, v in block.items() if k != "cache_control"}
        canonical = json.dumps(bare, sort_keys=True)
        text = block.get("text") if isinstance(block.get("text"), str) else canonical
        out.append((_tokens(text), canonical, "cache_control" in block))
    return out


def _tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / 4))


def _tool_name(body: dict[str, Any]) -> str:
    choice = body.get("tool_choice") or {}
    if choice.get("type") == "tool":
        return str(choice["name"])
    tools = body.get("tools") or [{"name": "tool"}]
    return str(tools[0]["name"])


def _invalid(request: web.Request, body: Any) -> str | None:
    if not request.headers.get("anthropic-version"):
        return "anthropic-version header is required"
    if not isinstance(body, dict):
        return "request body must be a JSON object"
    if not isinstance(body.get("model"), str):
        return "model: Field required"
    max_tokens = body.get("max_tokens")
    if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
        return "max_tokens: Field required"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "messages: Field required"
    if any(not isinstance(m, dict) or m.get("role") not in ("user", "assistant") for m in messages):
        return "messages: each message needs a role of user or assistant"
    breakpoints = sum("cache_control" in b for b in _blocks(body))
    if breakpoints > 4:
        return f"A maximum of 4 blocks with cache_control may be provided. Found {breakpoints}."
    return None


def _blocks(body: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = list(body.get("tools") or [])
    system = body.get("system")
    if isinstance(system, list):
        out.extend(b for b in system if isinstance(b, dict))
    for message in body["messages"]:
        content = message.get("content")
        if isinstance(content, list):
            out.extend(b for b in content if isinstance(b, dict))
    return out


def _error(
    status: int, error_type: str, message: str, headers: dict[str, str] | None = None
) -> web.Response:
    body = {
        "type": "error",
        "error": {"type": error_type, "message": message},
        "request_id": "req_fake",
    }
    return web.json_response(body, status=status, headers=headers)
