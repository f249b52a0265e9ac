"""The `Coach` port on Anthropic's Messages API: one forced tool call per turn.

The request (tool, cached system blocks, turn message) is built in
`_anthropic_prompt`, the tool call is checked in `_anthropic_parse` and the cost
comes from `_anthropic_price`; their public names are re-exported here.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

import anthropic
from anthropic.types import Message

from engine.llm._anthropic_parse import parse_judgement
from engine.llm._anthropic_price import Price, cost_usd, price_for
from engine.llm._anthropic_prompt import JUDGEMENT_TOOL, TOOL_NAME, system_blocks, turn_message
from engine.llm.types import CoachRequest, CoachResult, Usage
from engine.ports import CoachUnavailable

__all__ = [
    "DEFAULT_MODEL",
    "JUDGEMENT_TOOL",
    "TOOL_NAME",
    "AnthropicCoach",
    "Price",
    "cost_usd",
    "parse_judgement",
    "price_for",
    "system_blocks",
    "turn_message",
]

DEFAULT_MODEL = "claude-sonnet-4-6"


class AnthropicCoach:
    """`Coach` backed by Claude: one Messages API call with a forced tool per turn.

    Args:
        api_key: Anthropic API key; only ever handed to the SDK.
        model: Model name sent with each request.
        base_url: API root, for a fake server in tests; None means the SDK's default.
        timeout: Seconds for the whole logical call, SDK retries included.
        max_retries: SDK retries on 408/409/429/5xx/529 and connection errors.
        max_tokens: Output token limit per call.
    """

    name = "anthropic"

    def __init__(
        self,
        *,
        api_key: str,
        model: str = DEFAULT_MODEL,
        base_url: str | None = None,
        timeout: float = 20.0,
        max_retries: int = 2,
        max_tokens: int = 1500,
    ) -> None:
        self.model = model
        self._timeout = timeout
        self._max_tokens = max_tokens
        # The documented header is `x-api-key`; some SDK releases send only a Bearer token,
        # so send the documented one as well.
        self._client = anthropic.AsyncAnthropic(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers={"x-api-key": api_key},
        )

    async def aclose(self) -> None:
        """Close the underlying HTTP connection pool."""
        await self._client.close()

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        """Judge `request.answer` with one API call; raise `CoachUnavailable` on any failure."""
        started = time.perf_counter()
        try:
            # The SDK honours any Retry-After, however long; the deadline bounds the turn.
            async with asyncio.timeout(self._timeout):
                message = await self._client.messages.create(
                    model=self.model,
                    max_tokens=self._max_tokens,
                    system=system_blocks(request),
                    tools=[JUDGEMENT_TOOL],
                    tool_choice={"type": "tool", "name": TOOL_NAME},
                    messages=[turn_message(request)],
                )
        except (TimeoutError, anthropic.APITimeoutError) as exc:
            raise CoachUnavailable("anthropic: timed out") from exc
        except anthropic.APIStatusError as exc:
            raise CoachUnavailable(f"anthropic: HTTP {exc.status_code} {_error_type(exc)}") from exc
        except anthropic.APIConnectionError as exc:
            raise CoachUnavailable("anthropic: connection failed") from exc
        except anthropic.AnthropicError as exc:
            raise CoachUnavailable(f"anthropic: {type(exc).__name__}") from exc
        except ValueError as exc:  # the SDK lets a body that is not JSON escape as-is
            raise CoachUnavailable("anthropic: unreadable response") from exc
        latency_ms = round((time.perf_counter() - started) * 1000)
        if not isinstance(message, Message):
            raise CoachUnavailable("anthropic: response is not a message")
        result = parse_judgement(message, request)
        return replace(result, usage=_usage(message, latency_ms))


def _error_type(exc: anthropic.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and isinstance(error.get("type"), str):
            return str(error["type"])
    return type(exc).__name__


def _usage(message: Message, latency_ms: int) -> Usage:
    u = message.usage
    read = u.cache_read_input_tokens or 0
    write = u.cache_creation_input_tokens or 0
    cost = cost_usd(
        message.model,
        input=u.input_tokens,
        output=u.output_tokens,
        cache_write=write,
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
    )
