"""What each Claude model accepts and costs: the one table request building reads.

Source: Anthropic's documentation, read on 2026-12-01 —
platform.claude.com/docs/en/about-claude/pricing (prices, cache multipliers),
/docs/en/about-claude/models/overview and the per-model pages (context, thinking),
/docs/en/models/sonnet-5-5/whats-new-sonnet-5-5 (forced tool use is an error on the
5.5 generation; `thinking: {"type": "disabled"}` is a 400, `between_tools` is the
lowest setting), /docs/en/build-with-claude/prompt-caching (minimum cacheable prefix).

Cache writes bill at 1.25× input (5-minute TTL) or 2× (1-hour TTL) on every model;
cache reads at `cache_read` × input (0.1× historically; 0.05× on Sonnet/Opus 5.5
since 2026-10-07; 0.025× on Fable 5.1). Where the docs give no cache minimum for a
model, the table assumes 4,096 tokens (the highest documented), so we never count on
a cache that will not form. Sonnet 4.6 is listed at 2,048: its page says 1,024, but
caching is observed to start at 2,048. Update the table, its date and the tests
together; a model missing here gets no price (cost unknown), never a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

SOURCE = "https://platform.claude.com/docs/en/about-claude/pricing"
READ_ON = "2026-12-01"
CACHE_WRITE_5M = Decimal("1.25")
CACHE_WRITE_1H = Decimal(2)


class Thinking(StrEnum):
    """How to keep a model's thinking to the minimum for a short judgement."""

    OFF_BY_DEFAULT = "off_by_default"  # send no `thinking` at all (4.x and older)
    ADAPTIVE = "adaptive"  # on by default; omit the field, ask for low effort
    BETWEEN_TOOLS = "between_tools"  # on by default; `between_tools` is the lowest setting


@dataclass(frozen=True, slots=True)
class ClaudeModel:
    """One model family's capabilities and list prices (USD per million tokens)."""

    id: str
    forced_tool: bool  # accepts tool_choice {"type": "tool"}; False: auto + strict tool
    thinking: Thinking
    min_cache_tokens: int
    input: Decimal
    output: Decimal
    cache_read: Decimal  # multiplier of the input price
    context: int
    strict_tools: bool = True

    def cost_usd(
        self, *, input: int, output: int, cache_write_5m: int, cache_write_1h: int, cache_read: int
    ) -> Decimal:
        """List-price cost of one call from its token counts."""
        units = self.input * (
            input
            + CACHE_WRITE_5M * cache_write_5m
            + CACHE_WRITE_1H * cache_write_1h
            + self.cache_read * cache_read
        )
        return (units + self.output * output) / 1_000_000


def _m(
    id: str,
    forced: bool,
    thinking: Thinking,
    min_cache: int,
    price: tuple[str, str],
    read: str = "0.1",
    context: int = 1_000_000,
    strict: bool = True,
) -> ClaudeModel:
    return ClaudeModel(
        id, forced, thinking, min_cache, Decimal(price[0]), Decimal(price[1]), Decimal(read),
        context, strict,
    )  # fmt: skip


_OFF, _ADAPTIVE, _BETWEEN = Thinking.OFF_BY_DEFAULT, Thinking.ADAPTIVE, Thinking.BETWEEN_TOOLS

MODELS: tuple[ClaudeModel, ...] = (
    # The 2026 generation: forcing a tool is an HTTP 400; thinking is on by default.
    _m("claude-fable-5-1", False, _ADAPTIVE, 4096, ("10", "50"), read="0.025"),
    _m("claude-fable-5", False, _ADAPTIVE, 4096, ("10", "50")),
    _m("claude-opus-5-5", False, _ADAPTIVE, 4096, ("4", "20"), read="0.05"),
    _m("claude-opus-5", False, _ADAPTIVE, 4096, ("5", "25")),
    _m("claude-sonnet-5-5", False, _BETWEEN, 512, ("2", "10"), read="0.05"),
    _m("claude-sonnet-5", False, _ADAPTIVE, 1024, ("2", "10")),
    _m("claude-haiku-5-5", False, _ADAPTIVE, 4096, ("0.10", "0.50")),  # prompts ≤ 100k tokens
    # Earlier models: forced tool use works and thinking is off unless asked for.
    _m("claude-opus-4-8", True, _OFF, 4096, ("5", "25")),
    _m("claude-opus-4-7", True, _OFF, 4096, ("5", "25")),
    _m("claude-opus-4-6", True, _OFF, 4096, ("5", "25")),
    _m("claude-opus-4-5", True, _OFF, 4096, ("5", "25"), context=200_000),
    _m("claude-opus-4-1", True, _OFF, 1024, ("15", "75"), context=200_000, strict=False),
    _m("claude-opus-4", True, _OFF, 1024, ("15", "75"), context=200_000, strict=False),
    _m("claude-sonnet-4-6", True, _OFF, 2048, ("3", "15")),
    _m("claude-sonnet-4-5", True, _OFF, 1024, ("3", "15"), context=200_000),
    _m("claude-sonnet-4", True, _OFF, 1024, ("3", "15"), context=200_000, strict=False),
    _m("claude-3-7-sonnet", True, _OFF, 1024, ("3", "15"), context=200_000, strict=False),
    _m("claude-haiku-4-5", True, _OFF, 4096, ("1", "5"), context=200_000),
    _m("claude-3-5-haiku", True, _OFF, 2048, ("0.80", "4"), context=200_000, strict=False),
    _m("claude-3-haiku", True, _OFF, 2048, ("0.25", "1.25"), context=200_000, strict=False),
)

CURRENT_SONNET = "claude-sonnet-5-5"
_SUFFIX = re.compile(r"-(\d{8}|latest)$")


def model_info(model: str) -> ClaudeModel | None:
    """The table row for `model` (an id, an id with a date suffix, or `-latest`)."""
    base = _SUFFIX.sub("", model)
    return next((row for row in MODELS if row.id == base), None)
