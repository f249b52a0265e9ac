"""The `Coach` port on any OpenAI-compatible Chat Completions server.

One SDK (`openai`), many servers by `base_url`: OpenAI itself, DeepSeek
(https://api.deepseek.com), Gemini (https://generativelanguage.googleapis.com/v1beta/openai/),
vLLM (http://host:8000/v1), Ollama (http://localhost:11434/v1), llama.cpp's
llama-server (http://localhost:8080/v1). Errors become `LLMError`, permanent or
transient, as for Anthropic; the SDK retries 408/409/429/5xx with its backoff.
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import replace
from typing import Any

import openai
from openai.types.chat import ChatCompletion

from engine.llm.errors import LLMCheckFailed
from engine.llm.judgement import scenario_model
from engine.llm.openai._request import ChatWire, Mode, build_request, parse_completion
from engine.llm.openai._scenario import build_scenario_request, parse_scenario
from engine.llm.openai.prices import price_for
from engine.llm.sdk_call import SdkCoach, SdkErrors
from engine.llm.types import CoachRequest, CoachResult, Usage
from engine.scenarios.judgement import JudgementRequest

OPENAI_URL = "https://api.openai.com/v1"
GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/openai/"
# Gemini's default is the model its OpenAI-compatibility page uses (read 2026-12-01).
DEFAULT_MODELS = {"openai": "gpt-5-mini", "gemini": "gemini-3.8-flash"}


def _error_fields(exc: openai.APIStatusError) -> tuple[str, str]:
    body = exc.body
    error = body.get("error", body) if isinstance(body, dict) else None
    if isinstance(error, dict):
        kind = error.get("code") or error.get("type") or type(exc).__name__
        return str(kind), str(error.get("message") or "")
    return type(exc).__name__, ""


_ERRORS = SdkErrors(
    timeout=openai.APITimeoutError,
    status=openai.APIStatusError,
    connection=openai.APIConnectionError,
    base=openai.OpenAIError,
    describe=lambda exc: (exc.status_code, *_error_fields(exc), exc.request_id),
)


class OpenAICoach(SdkCoach[ChatCompletion, openai.APIStatusError]):
    """`Coach` backed by a Chat Completions server.

    Args:
        api_key: The server's key (local servers take any string).
        model: Model name as the server knows it.
        base_url: API root ending in /v1 (or Gemini's /v1beta/openai/); None is OpenAI.
        provider: Name recorded on messages and in errors ("openai", "gemini", …).
        mode: "tool" (a function tool, forced) or "json_schema" (`response_format`).
        strict: Ask the server to enforce the schema; None means only on OpenAI itself.
        timeout: Seconds for the whole logical call, SDK retries included.
        max_retries: SDK retries on 408/409/429/5xx and connection errors.
        max_tokens: Output token limit per call.
    """

    _errors = _ERRORS
    _answer = ChatCompletion
    _answer_name = "a chat completion"

    def __init__(
        self,
        *,
        api_key: str,
        model: str,
        base_url: str | None = None,
        provider: str = "openai",
        mode: Mode = "tool",
        strict: bool | None = None,
        timeout: float = 20.0,
        max_retries: int = 2,
        max_tokens: int = 1500,
    ) -> None:
        self.name = provider
        self.model = model
        official = base_url is None or base_url.rstrip("/") == OPENAI_URL
        self._wire = ChatWire(
            model=model,
            max_tokens=max_tokens,
            json_schema=mode == "json_schema",
            strict=official if strict is None else strict,
            token_param="max_completion_tokens" if official else "max_tokens",
            named_choice=official,
        )
        self._timeout = timeout
        self._client = openai.AsyncOpenAI(
            api_key=api_key, base_url=base_url, timeout=timeout, max_retries=max_retries
        )

    async def aclose(self) -> None:
        """Close the underlying HTTP connection pool."""
        await self._client.close()

    async def check(self) -> None:
        """List the server's models and look for ours; raise `LLMCheckFailed` with one line."""
        page = await self._checked(
            self._client.models.list(timeout=self._timeout),
            rejected=openai.AuthenticationError,
            where=self._client.base_url,
            status=lambda exc: f"HTTP {exc.status_code} from /models",
        )
        ids = {m.id.removeprefix("models/") for m in page.data}
        if self.model.removeprefix("models/") not in ids:
            raise LLMCheckFailed(f"{self.name}: unknown model {self.model!r} (not in /models)")

    def _send(self, request: CoachRequest) -> Awaitable[object]:
        return self._client.chat.completions.create(**self._kwargs(request))

    def _read_judgement(self, answer: ChatCompletion, request: CoachRequest) -> CoachResult:
        return parse_completion(answer, request, self.name)

    def _read_scenario(self, answer: ChatCompletion, scenario: JudgementRequest) -> CoachResult:
        return parse_scenario(answer, scenario, self.name)

    def _kwargs(self, request: CoachRequest) -> dict[str, Any]:
        if request.scenario is not None:
            model = scenario_model(request.scenario, self.model)  # a scenario may pin it
            return build_scenario_request(request.scenario, replace(self._wire, model=model))
        return build_request(request, self._wire)

    def _usage(self, completion: ChatCompletion, latency_ms: int) -> Usage:
        u = completion.usage
        prompt = u.prompt_tokens if u else 0
        output = u.completion_tokens if u else 0
        details = u.prompt_tokens_details if u else None
        cached = (details.cached_tokens or 0) if details else 0
        model = completion.model or self.model
        price = price_for(model)
        return Usage(
            model=model,
            input_tokens=prompt - cached,
            output_tokens=output,
            cache_read_tokens=cached,
            latency_ms=latency_ms,
            cost_usd=(
                price.cost_usd(input=prompt - cached, cached=cached, output=output)
                if price is not None
                else None
            ),
            provider=self.name,
        )
