"""The `Coach` port on Anthropic's Messages API: one tool call per turn.

The request is built in `_request` from the model's row in `models`, the tool call
is checked in `_parse`; errors become `LLMError`, permanent (400/401/402/403/404,
spend limits) or transient (429/5xx/529/timeouts, already retried by the SDK with
its backoff within the turn's deadline).
"""

from __future__ import annotations

from collections.abc import Awaitable
from decimal import Decimal
from typing import Any

import anthropic
from anthropic.types import Message

from engine.llm.anthropic._parse import parse_judgement
from engine.llm.anthropic._request import MessagesWire, build_request
from engine.llm.anthropic._scenario import build_scenario_request, parse_scenario
from engine.llm.anthropic.cache_policy import CachePolicy
from engine.llm.anthropic.models import CURRENT_SONNET, model_info
from engine.llm.judgement import scenario_model
from engine.llm.sdk_call import SdkCoach, SdkErrors
from engine.llm.types import CoachRequest, CoachResult, Usage
from engine.scenarios.judgement import JudgementRequest

DEFAULT_MODEL = CURRENT_SONNET


def _error_body(exc: anthropic.APIStatusError) -> dict[str, object]:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            return error
    return {}


def _error_type(exc: anthropic.APIStatusError) -> str:
    kind = _error_body(exc).get("type")
    return kind if isinstance(kind, str) else type(exc).__name__


def _error_message(exc: anthropic.APIStatusError) -> str:
    message = _error_body(exc).get("message")
    return message if isinstance(message, str) else ""


_ERRORS = SdkErrors(
    timeout=anthropic.APITimeoutError,
    status=anthropic.APIStatusError,
    connection=anthropic.APIConnectionError,
    base=anthropic.AnthropicError,
    describe=lambda exc: (exc.status_code, _error_type(exc), _error_message(exc), exc.request_id),
)


class AnthropicCoach(SdkCoach[Message, anthropic.APIStatusError]):
    """`Coach` backed by Claude.

    Args:
        api_key: Anthropic API key; only ever handed to the SDK (which sends its own
            auth header; adding another makes the real API answer 401).
        model: Model name sent with each request.
        base_url: API root, for a fake server in tests; None means the SDK's default.
        timeout: Seconds for the whole logical call, SDK retries included.
        max_retries: SDK retries on 408/409/429/5xx/529 and connection errors.
        max_tokens: Output token limit per call (thinking included, on models that think).
    """

    name = "anthropic"
    _errors = _ERRORS
    _answer = Message
    _answer_name = "a message"

    def __init__(
        self,
        *,
        api_key: str,
        model: str = DEFAULT_MODEL,
        base_url: str | None = None,
        timeout: float = 20.0,
        max_retries: int = 2,
        max_tokens: int = 4000,
        cache: CachePolicy | None = None,
    ) -> None:
        self.model = model
        self.info = model_info(model)
        self._timeout = timeout
        self._wire = MessagesWire(model, self.info, max_tokens, cache or CachePolicy())
        self._client = anthropic.AsyncAnthropic(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries
        )

    async def aclose(self) -> None:
        """Close the underlying HTTP connection pool."""
        await self._client.close()

    async def check(self) -> None:
        """Ask the models endpoint about our model; raise `LLMCheckFailed` with one line."""
        await self._checked(
            self._client.models.retrieve(self.model, timeout=self._timeout),
            rejected=anthropic.AuthenticationError,
            where=self._client.base_url,
            status=self._check_status,
        )

    def _check_status(self, exc: anthropic.APIStatusError) -> str:
        if isinstance(exc, anthropic.NotFoundError):
            return f"unknown model {self.model!r} (HTTP 404)"
        return f"HTTP {exc.status_code} {_error_type(exc)}"

    def _send(self, request: CoachRequest) -> Awaitable[object]:
        return self._client.messages.create(**self._kwargs(request))

    def _read_judgement(self, answer: Message, request: CoachRequest) -> CoachResult:
        return parse_judgement(answer, request)

    def _read_scenario(self, answer: Message, scenario: JudgementRequest) -> CoachResult:
        return parse_scenario(answer, scenario)

    def _kwargs(self, request: CoachRequest) -> dict[str, Any]:
        if request.scenario is None:
            return build_request(request, self._wire)
        model = scenario_model(request.scenario, self.model)  # a scenario may pin its model
        return build_scenario_request(request.scenario, self._wire.on(model))

    def _usage(self, message: Message, latency_ms: int) -> Usage:
        u = message.usage
        read = u.cache_read_input_tokens or 0
        write = u.cache_creation_input_tokens or 0
        write_1h = (u.cache_creation.ephemeral_1h_input_tokens or 0) if u.cache_creation else 0
        info = model_info(message.model) or self.info
        cost: Decimal | None = None
        if info is not None:
            cost = info.cost_usd(
                input=u.input_tokens,
                output=u.output_tokens,
                cache_write_5m=write - write_1h,
                cache_write_1h=write_1h,
                cache_read=read,
            )
        return Usage(
            model=message.model,
            input_tokens=u.input_tokens,
            output_tokens=u.output_tokens,
            cache_read_tokens=read,
            cache_write_tokens=write,
            latency_ms=latency_ms,
            cost_usd=cost,
            provider=self.name,
        )
