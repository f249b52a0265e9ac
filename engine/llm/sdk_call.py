"""One call through a provider's SDK, its failures as `LLMError` (the coaches' shared part).

The Anthropic and OpenAI SDKs raise the same family of exceptions (a timeout, an HTTP
status, a connection failure, the SDK's base error); `SdkErrors` names an SDK's classes
and how its status errors say what went wrong. `SdkCoach` is what both coaches do with
it: the turn's one call (the answer's type checked, read as a judgement or a scenario
turn, its usage attached) and the start-up check's failures in one line each.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from engine.llm.errors import LLMCheckFailed, LLMError, is_permanent
from engine.llm.types import CoachRequest, CoachResult, Usage
from engine.scenarios.judgement import JudgementRequest

E = TypeVar("E", bound=Exception)
T = TypeVar("T")
A = TypeVar("A")


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


class SdkCoach(Generic[A, E]):
    """`Coach.evaluate` for a coach backed by an SDK whose answers are `A` and whose
    status errors are `E`.

    A subclass names its SDK (`_errors`, `_answer` and, for the error, `_answer_name`)
    and gives the request (`_send`) and the reading of the answer (`_read_judgement`,
    `_read_scenario`, `_usage`).
    """

    name: str
    _timeout: float
    _errors: SdkErrors[E]
    _answer: type[A]
    _answer_name: str  # "a message": what the error says the answer is not

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        """Judge `request.answer` with one API call; raise `LLMError` on any failure."""
        answer, latency_ms = await call_sdk(
            self.name, self._send(request), seconds=self._timeout, errors=self._errors
        )
        if not isinstance(answer, self._answer):
            raise LLMError(self.name, f"response is not {self._answer_name}")
        if request.scenario is not None:
            result = self._read_scenario(answer, request.scenario)
        else:
            result = self._read_judgement(answer, request)
        return replace(result, usage=self._usage(answer, latency_ms))

    async def _checked(
        self,
        call: Awaitable[T],
        *,
        rejected: type[E],
        where: object,
        status: Callable[[E], str],
    ) -> T:
        """What `call` (to the models endpoint) returns; its failure as `LLMCheckFailed`
        with one line: `rejected` is the SDK's error for a key the server refuses, `status`
        tells what another status error says, `where` is the server that cannot be reached."""
        errors = self._errors
        try:
            return await call
        except rejected as exc:
            raise LLMCheckFailed(
                f"{self.name}: the API key was rejected (HTTP {errors.describe(exc)[0]})"
            ) from None
        except errors.status as exc:
            raise LLMCheckFailed(f"{self.name}: {status(exc)}") from None
        except (errors.connection, TimeoutError):
            raise LLMCheckFailed(f"{self.name}: cannot reach {where}") from None

    def _send(self, request: CoachRequest) -> Awaitable[object]:
        raise NotImplementedError

    def _read_judgement(self, answer: A, request: CoachRequest) -> CoachResult:
        raise NotImplementedError

    def _read_scenario(self, answer: A, scenario: JudgementRequest) -> CoachResult:
        raise NotImplementedError

    def _usage(self, answer: A, latency_ms: int) -> Usage:
        raise NotImplementedError
