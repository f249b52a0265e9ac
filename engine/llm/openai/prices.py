"""List prices of models reached through OpenAI-compatible endpoints (USD per million tokens).

Sources, read on 2026-12-01: developers.openai.com/api/docs/pricing (OpenAI),
api-docs.deepseek.com/quick_start/pricing (DeepSeek), ai.google.dev/gemini-api/docs/pricing
(Gemini). `cached` is the price of an input token the server reports as cached
(`usage.prompt_tokens_details.cached_tokens`); OpenAI-style caching is automatic and
writes cost nothing extra. A model not listed here (a local Ollama/llama.cpp/vLLM
model, or one newer than this table) gets cost None: unknown, never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

READ_ON = "2026-12-01"


@dataclass(frozen=True, slots=True)
class ChatPrice:
    """USD per million input, cached input and output tokens."""

    input: Decimal
    cached: Decimal
    output: Decimal

    def cost_usd(self, *, input: int, cached: int, output: int) -> Decimal:
        """Cost of one call; `input` excludes the `cached` tokens."""
        units = self.input * input + self.cached * cached + self.output * output
        return units / 1_000_000


def _p(input: str, cached: str, output: str) -> ChatPrice:
    return ChatPrice(Decimal(input), Decimal(cached), Decimal(output))


PRICES: dict[str, ChatPrice] = {
    "gpt-5": _p("1.25", "0.125", "10"),
    "gpt-5-mini": _p("0.25", "0.025", "2"),
    "gpt-5-nano": _p("0.05", "0.005", "0.40"),
    "gpt-4.1": _p("2", "0.50", "8"),
    "gpt-4.1-mini": _p("0.40", "0.10", "1.60"),
    "gpt-4o": _p("2.50", "1.25", "10"),
    "gpt-4o-mini": _p("0.15", "0.075", "0.60"),
    "deepseek-chat": _p("0.28", "0.028", "0.42"),
    "gemini-2.5-flash": _p("0.30", "0.03", "2.50"),
    "gemini-2.5-pro": _p("1.25", "0.125", "10"),  # prompts ≤ 200k tokens
}

_SUFFIX = re.compile(r"-\d{4}-\d{2}-\d{2}$")


def price_for(model: str) -> ChatPrice | None:
    """The price of `model` (a dated snapshot maps to its alias); None when unknown."""
    base = _SUFFIX.sub("", model.removeprefix("models/"))
    return PRICES.get(base)
