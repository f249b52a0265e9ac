"""A fake OpenAI-compatible Chat Completions server on 127.0.0.1 for adapter tests.

Point the real SDK at it: `AsyncOpenAI(base_url=fake.base_url)`. Like OpenAI's API
(and the compatible servers: vLLM, Ollama, llama.cpp, Gemini's endpoint):

* `Authorization: Bearer <key>` is required (401 `invalid_api_key` otherwise, or
  when `valid_keys` is given and the key is not among them);
* `GET /v1/models` lists `models`; `POST /v1/chat/completions` answers 404
  `model_not_found` for any other model;
* `tools` with `tool_choice` naming a function get a `tool_calls` answer whose
  `arguments` is a JSON string; `response_format` json_schema gets the JSON as
  `content`; `strict` function schemas must set `additionalProperties: false` and
  list every property as required (400 otherwise);
* prompt caching is automatic: a prompt of ≥ 1,024 tokens whose prefix was seen
  before reports the shared prefix, in 128-token steps, as
  `usage.prompt_tokens_details.cached_tokens`;
* errors use `{"error": {"message", "type", "param", "code"}}` and every response
  carries `x-request-id`.

Answers come from a queue of `Scripted` ones, else from `responder(body)`.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes._loopback import ScriptedAPI

Responder = Callable[[dict[str, Any]], dict[str, Any]]
_ERRORS = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("invalid_request_error", "unsupported_country_region_territory"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    503: ("server_error", None),
}


def default_responder(body: dict[str, Any]) -> dict[str, Any]:
    """A bland, complete judgement."""
    return {"complete": True, "missing": [], "reply": "Thanks, that's clear."}


@dataclass(frozen=True)
class Scripted:
    """One scripted answer: arguments for the tool call, or an error."""

    arguments: Any = None
    status: int = 200
    code: str | None = None
    message: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, status: int, code: str | None = None, **kw: Any) -> Scripted:
        return cls(status=status, code=code, **kw)


@dataclass(frozen=True)
class Recorded:
    headers: dict[str, str]
    body: Any


class FakeOpenAI(ScriptedAPI[Scripted, Recorded]):
    """`/v1/chat/completions` and `/v1/models` with recorded requests and scripted answers."""

    def __init__(
        self,
        responder: Responder = default_responder,
        *,
        models: tuple[str, ...] = ("gpt-5-mini", "llama3.2", "gemini-3.8-flash"),
        valid_keys: set[str] | None = None,
    ) -> None:
        super().__init__(responder, valid_keys)
        self.models = models
        self._prefixes: list[str] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _route(self, router: web.UrlDispatcher) -> None:
        router.add_post("/v1/chat/completions", self._completions)
        router.add_get("/v1/models", self._models)

    def _denied(self, request: web.Request) -> web.Response | None:
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        if (
            scheme.lower() != "bearer"
            or not key
            or (self.valid_keys is not None and key not in self.valid_keys)
        ):
            return _error(401, "Incorrect API key provided.")
        return None

    async def _models(self, request: web.Request) -> web.StreamResponse:
        denied = self._denied(request)
        if denied is not None:
            return denied
        data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in self.models]
        return web.json_response({"object": "list", "data": data}, headers=_rid())

    async def _completions(self, request: web.Request) -> web.StreamResponse:
        try:
            body: Any = json.loads(await request.read())
        except ValueError:
            return _error(400, "We could not parse the JSON body of your request.")
        self.requests.append(Recorded(dict(request.headers), body))
        denied = self._denied(request)
        if denied is not None:
            return denied
        if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
            return _error(400, "'messages' is a required property", param="messages")
        if body.get("model") not in self.models:
            return _error(404, f"The model `{body.get('model')}` does not exist.", param="model")
        problem = _strict_problem(body)
        if problem:
            return _error(400, problem, param="tools")
        answer = self.queue.popleft() if self.queue else Scripted()
        if answer.status != 200:
            return _error(answer.status, answer.message or "scripted", code=answer.code)
        arguments = answer.arguments if answer.arguments is not None else self.responder(body)
        return web.json_response(self._completion(body, arguments), headers=_rid())

    def _completion(self, body: dict[str, Any], arguments: Any) -> dict[str, Any]:
        text = json.dumps(arguments)
        message: dict[str, Any] = {"role": "assistant", "content": None}
        finish = "stop"
        if body.get("tools") and body.get("tool_choice") != "none":
            name = body["tools"][0]["function"]["name"]
            call = {"id": f"call_{next(self._ids)}", "type": "function"}
            message["tool_calls"] = [{**call, "function": {"name": name, "arguments": text}}]
            finish = "tool_calls"
        else:
            message["content"] = text
        prompt = json.dumps([body.get("tools"), body["messages"]])
        prompt_tokens = _tokens(prompt)
        return {
            "id": f"chatcmpl-{next(self._ids)}",
            "object": "chat.completion",
            "created": 0,
            "model": body["model"],
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": _tokens(text),
                "total_tokens": prompt_tokens + _tokens(text),
                "prompt_tokens_details": {"cached_tokens": self._cached(prompt, prompt_tokens)},
            },
        }

    def _cached(self, prompt: str, prompt_tokens: int) -> int:
        shared = max((_common(prompt, p) for p in self._prefixes), default=0)
        self._prefixes.append(prompt)
        if prompt_tokens < 1024:
            return 0
        tokens = _tokens(prompt[:shared]) if shared else 0
        return tokens // 128 * 128 if tokens >= 1024 else 0


def _common(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _strict_problem(body: dict[str, Any]) -> str | None:
    for tool in body.get("tools") or []:
        function = tool.get("function") or {}
        if function.get("strict") and not _strict_schema(function.get("parameters")):
            return f"Invalid schema for function '{function.get('name')}': strict mode"
    return None


def _strict_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return True
    if schema.get("type") == "object" or "properties" in schema:
        props = schema.get("properties") or {}
        if schema.get("additionalProperties") is not False:
            return False
        if set(schema.get("required") or []) != set(props):
            return False
        return all(_strict_schema(p) for p in props.values())
    return _strict_schema(schema.get("items"))


def _tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / 4))


_rids = itertools.count(1)


def _rid() -> dict[str, str]:
    return {"x-request-id": f"req_fakeoai{next(_rids):06d}"}


def _error(
    status: int, message: str, *, param: str | None = None, code: str | None = None
) -> web.Response:
    kind, default_code = _ERRORS.get(status, ("server_error", None))
    error = {"message": message, "type": kind, "param": param, "code": code or default_code}
    return web.json_response({"error": error}, status=status, headers=_rid())
