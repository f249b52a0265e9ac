"""One call through a provider's SDK, its failures as `LLMError` (the coaches' shared part).

The Anthropic and OpenAI SDKs raise the same family of exceptions (a timeout, an HTTP
status, a connection failure, the SDK's base error); `SdkErrors` names an SDK's classes
and how its status errors say what went wrong.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from engine.llm.errors import LLMError, is_permanent

E = TypeVar("E", bound=Exception)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class SdkErrors(Generic[E]):
    """An SDK's exception classes; `describe` reads a status error as
    (HTTP status, error type, message, request id)."""

    timeout: type[Exception]
    status: type[E]
    connection: type[Exception]
    base: type[Exception]
    describe: Callable[[E], tuple[int, str, str, str | None]]


async def call_sdk(
    provider: str, call: Awaitable[T], *, seconds: float, errors: SdkErrors[E]
) -> tuple[T, int]:
    """What `call` returns within `seconds`, with its latency in milliseconds.

    Raises:
        LLMError: on any failure, permanent when retrying cannot help (`is_permanent`).
    """
    started = time.perf_counter()
    try:
        # The SDK honours any Retry-After, however long; the deadline bounds the turn.
        async with asyncio.timeout(seconds):
            answer = await call
    except (TimeoutError, errors.timeout) as exc:
        raise LLMError(provider, "timed out") from exc
    except errors.status as exc:
        status, kind, message, request_id = errors.describe(exc)
        raise LLMError(
            provider,
            f"HTTP {status} {kind}",
            permanent=is_permanent(status, kind, message),
            status=status,
            request_id=request_id,
        ) from exc
    except errors.connection as exc:
        raise LLMError(provider, "connection failed") from exc
    except errors.base as exc:
        raise LLMError(provider, type(exc).__name__) from exc
    except ValueError as exc:  # an SDK lets a body that is not JSON escape as-is
        raise LLMError(provider, "unreadable response") from exc
    return answer, round((time.perf_counter() - started) * 1000)
