"""A fake Anthropic Messages API on 127.0.0.1 for adapter tests.

Point the real SDK at it: `AsyncAnthropic(base_url=fake.base_url)` (or set
`ANTHROPIC_BASE_URL`). `POST /v1/messages` answers in the documented shapes,
records every request, and takes its answers from a queue of `Scripted` responses,
falling back to `responder(body) -> tool input` when the queue is empty.
`GET /v1/models` and `/v1/models/{id}` list the known models.

Like the real API (rules in `_anthropic_rules`): exactly one credential
(`x-api-key` or, as anthropic>=2 sends it, `Authorization: Bearer`; two is a 401);
unknown models are a 404; the 2026 models reject forced tool use and
`thinking: disabled` with a 400 and start their answers with a thinking block;
`strict` tools need `additionalProperties: false` on every object; under
`tool_choice: auto` the model calls the tool only when the system prompt tells it
to always call it. Every response carries a `request-id` header; errors use the
documented body `{"type": "error", "error": {"type", "message"}, "request_id"}`.

Prompt caching is simulated: the prefix up to each `cache_control` breakpoint
(tools, then system, then messages) is cached for its TTL (`5m` default, or `1h`)
once it reaches the model's minimum cacheable length (`min_cacheable_tokens`
overrides it); the first request reports `cache_creation_input_tokens` (split by
TTL in `cache_creation`), later identical prefixes `cache_read_input_tokens`.
Tokens are estimated as one per four characters.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes._anthropic_cache import input_usage, tokens
from tests.fakes._anthropic_rules import (
    ERROR_TYPES,
    MODELS,
    check_auth,
    check_model_rules,
    thinks_up_front,
    wants_tool_call,
)
from tests.fakes._loopback import ScriptedAPI

Responder = Callable[[dict[str, Any]], dict[str, Any]]

_STATUS_ERRORS = ERROR_TYPES


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
    def request_id(self) -> str:
        return str(self.headers.get("x-fake-request-id", ""))

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
    message: str | None = None  # the error message

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


class FakeAnthropic(ScriptedAPI[Scripted, Recorded]):
    """`POST /v1/messages` with recorded requests, scripted answers and a prompt cache."""

    def __init__(
        self,
        responder: Responder = default_responder,
        *,
        min_cacheable_tokens: int | None = None,
        cache_ttl: float = 300.0,
        valid_keys: set[str] | None = None,
    ) -> None:
        super().__init__(responder, valid_keys)
        self.min_cacheable_tokens = min_cacheable_tokens  # None: the model's documented one
        self.cache_ttl = cache_ttl
        self._cache: dict[str, float] = {}  # prefix digest -> expiry (monotonic)
        self._closing = asyncio.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def expire_cache(self) -> None:
        """Forget every cached prefix, as if their TTLs had run out."""
        self._cache.clear()

    def reset(self) -> None:
        self.requests.clear()
        self.queue.clear()
        self._cache.clear()

    def _route(self, router: web.UrlDispatcher) -> None:
        router.add_post("/v1/messages", self._messages)
        router.add_get("/v1/models", self._models)
        router.add_get("/v1/models/{model}", self._model)

    async def stop(self) -> None:
        self._closing.set()  # wakes handlers sleeping on a scripted delay
        await super().stop()

    # --- the endpoint ----------------------------------------------------------

    def _auth(self, request: web.Request) -> web.Response | None:
        problem = check_auth(
            request.headers.getall("x-api-key", []),
            request.headers.getall("authorization", []),
            self.valid_keys,
        )
        return _error(problem[0], ERROR_TYPES[problem[0]], problem[1]) if problem else None

    async def _models(self, request: web.Request) -> web.StreamResponse:
        denied = self._auth(request)
        if denied is not None:
            return denied
        data = [_model_object(m) for m in MODELS]
        return web.json_response(
            {"data": data, "has_more": False, "first_id": data[0]["id"], "last_id": None},
            headers=_request_id_header(),
        )

    async def _model(self, request: web.Request) -> web.StreamResponse:
        denied = self._auth(request)
        if denied is not None:
            return denied
        model = request.match_info["model"]
        if model not in MODELS:
            return _error(404, "not_found_error", f"model: {model}")
        return web.json_response(_model_object(model), headers=_request_id_header())

    async def _messages(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = None
        request_id = f"req_fake{next(self._ids):06d}"
        recorded = Recorded(headers={**request.headers, "x-fake-request-id": request_id}, body=body)
        self.requests.append(recorded)

        denied = self._auth(request)
        if denied is not None:
            return denied
        problem = _invalid(request, body)
        if problem:
            return _error(400, "invalid_request_error", problem, request_id=request_id)
        rules = MODELS.get(body["model"])
        if rules is None:
            return _error(404, "not_found_error", f"model: {body['model']}", request_id=request_id)
        rule_problem = check_model_rules(body, rules)
        if rule_problem:
            status, message = rule_problem
            return _error(status, ERROR_TYPES[status], message, request_id=request_id)

        answer = self.queue.popleft() if self.queue else Scripted()
        if answer.delay:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), answer.delay)
        headers = {**_request_id_header(request_id), **answer.headers}
        if answer.status != 200:
            message = answer.message or f"scripted {answer.error_type or 'error'}"
            return _error(answer.status, answer.error_type or "api_error", message, headers)
        if answer.raw is not None:
            return web.Response(text=answer.raw, content_type="application/json", headers=headers)
        return web.json_response(self._message(body, answer, rules), headers=headers)

    def _message(self, body: dict[str, Any], answer: Scripted, rules: Any) -> dict[str, Any]:
        thinking: list[dict[str, Any]] = []
        if thinks_up_front(body, rules):
            thinking = [{"type": "thinking", "thinking": "Judging.", "signature": "sig_fake"}]
        if answer.text is not None or (answer.tool_input is None and not wants_tool_call(body)):
            text = answer.text if answer.text is not None else "Here is my judgement in prose."
            content: list[dict[str, Any]] = [*thinking, {"type": "text", "text": text}]
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
            content, stop_reason = [*thinking, block], "tool_use"
        return {
            "id": f"msg_fake{next(self._ids):06d}",
            "type": "message",
            "role": "assistant",
            "model": body["model"],
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": None,
            "usage": {
                "output_tokens": tokens(json.dumps(content)),
                **input_usage(
                    self._cache,
                    body,
                    minimum=self.min_cacheable_tokens or rules.min_cache,
                    default_ttl=self.cache_ttl,
                ),
            },
        }


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


_error_ids = itertools.count(1)


def _request_id_header(request_id: str | None = None) -> dict[str, str]:
    return {"request-id": request_id or f"req_fakeerr{next(_error_ids):06d}"}


def _error(
    status: int,
    error_type: str,
    message: str,
    headers: dict[str, str] | None = None,
    *,
    request_id: str | None = None,
) -> web.Response:
    headers = {**_request_id_header(request_id), **(headers or {})}
    body = {
        "type": "error",
        "error": {"type": error_type, "message": message},
        "request_id": headers["request-id"],
    }
    return web.json_response(body, status=status, headers=headers)


def _model_object(model: str) -> dict[str, Any]:
    return {
        "type": "model",
        "id": model,
        "display_name": model,
        "created_at": "2026-01-01T00:00:00Z",
    }
