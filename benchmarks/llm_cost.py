"""What a cohort's LLM turns would cost, per provider and model, caching modelled honestly.

`TokenMeter` is a `Coach` that answers like the offline coach and records, per
call, the tokens the real request builders would send: the stable prefix (the
judgement tool and the system blocks, exactly as `engine.llm.anthropic` builds
them) and the per-turn text (`engine.llm.judgement.turn_text`); output is the
tool call's JSON for the reply given. Tokens are characters / 4 for every model.

Caching, per target (`report`), from the sessions of each week:

* People arrive spread evenly over the week; within a session, turns follow
  each other within the 5-minute window, so every turn but a session's first can
  read the cache if the prefix clears the model's minimum. A session's first turn
  finds a warm cache with probability 1 - exp(-sessions_per_second × 300 s);
  otherwise it writes it (Anthropic: 1.25× input for the 5-minute TTL the
  `CachePolicy` picks for such in-session gaps; OpenAI-style servers: free).
* Anthropic reads bill at the model's read multiplier; a prefix under the model's
  minimum (e.g. 4,096 on Haiku 4.5) is never cached. OpenAI-style servers cache
  prompts of ≥ 1,024 tokens automatically, in 128-token steps, at the model's
  cached-input price.
* Not modelled: thinking tokens (the 5.x models are asked for the lowest thinking
  setting), retries, and Haiku 5.5's long-prompt price band.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from engine.llm.anthropic import judgement_tool, model_info, system_blocks
from engine.llm.judgement import turn_text
from engine.llm.offline import OfflineCoach
from engine.llm.openai import price_for
from engine.llm.types import CoachRequest, CoachResult

WEEK_SECONDS = 7 * 24 * 3600
CACHE_WINDOW = 300.0
OPENAI_MIN_CACHE = 1024


@dataclass(frozen=True)
class Target:
    provider: str
    model: str


TARGETS = (
    Target("anthropic", "claude-sonnet-5-5"),
    Target("anthropic", "claude-sonnet-4-6"),
    Target("anthropic", "claude-haiku-4-5"),
    Target("openai", "gpt-5-mini"),
    Target("gemini", "gemini-2.5-flash"),
    Target("deepseek", "deepseek-chat"),
)


def _tokens(text: str) -> int:
    return -(-len(text) // 4)


@dataclass
class TokenMeter:
    """A `Coach` that answers like the offline coach and counts what an LLM would bill."""

    inner: OfflineCoach = field(default_factory=OfflineCoach)
    name: str = "offline (metered)"
    week: int = 0
    calls: int = 0
    variable_tokens: int = 0
    output_tokens: int = 0
    prefix_tokens: dict[str, int] = field(default_factory=dict)
    calls_by_week: Counter[tuple[int, str]] = field(default_factory=Counter)
    sessions_by_week: Counter[int] = field(default_factory=Counter)

    def begin_session(self) -> None:
        """A person starts this week's round of turns."""
        self.sessions_by_week[self.week] += 1

    async def evaluate(self, request: CoachRequest) -> CoachResult:
        result = await self.inner.evaluate(request)
        key = f"{request.system_prompt}\0{request.program_context}"
        if key not in self.prefix_tokens:
            prefix = json.dumps([judgement_tool(strict=True), system_blocks(request)])
            self.prefix_tokens[key] = _tokens(prefix)
        self.calls += 1
        self.calls_by_week[(self.week, key)] += 1
        self.variable_tokens += _tokens(turn_text(request))
        output = {"complete": result.complete, "missing": list(result.missing), "risk": "none"}
        output |= {"extracted": [], "smart": {}, "summary": result.summary, "reply": result.reply}
        self.output_tokens += _tokens(json.dumps(output)) + 20  # the tool_use block around it
        return result

    def _cache_split(self, min_cache: int) -> tuple[float, float, float]:
        """(plain, written, read) prefix tokens over all calls for a cache minimum."""
        plain = written = read = 0.0
        for (week, key), calls in self.calls_by_week.items():
            prefix = self.prefix_tokens[key]
            if prefix < min_cache:
                plain += prefix * calls
                continue
            sessions = min(calls, self.sessions_by_week[week] or calls)
            warm = 1 - math.exp(-sessions / WEEK_SECONDS * CACHE_WINDOW)
            read += prefix * ((calls - sessions) + sessions * warm)
            written += prefix * sessions * (1 - warm)
        return plain, written, read

    def _cost(self, target: Target) -> dict[str, Any]:
        total_prefix = sum(self.prefix_tokens[k] * n for (_, k), n in self.calls_by_week.items())
        if target.provider == "anthropic":
            info = model_info(target.model)
            if info is None:
                return {"provider": target.provider, "model": target.model, "cost_usd": None}
            plain, written, read = self._cache_split(info.min_cache_tokens)
            cost = info.cost_usd(
                input=round(plain) + self.variable_tokens,
                output=self.output_tokens,
                cache_write_5m=round(written),
                cache_write_1h=0,
                cache_read=round(read),
            )
            uncached = info.cost_usd(
                input=total_prefix + self.variable_tokens,
                output=self.output_tokens,
                cache_write_5m=0,
                cache_write_1h=0,
                cache_read=0,
            )
            minimum = info.min_cache_tokens
        else:
            price = price_for(target.model)
            if price is None:
                return {"provider": target.provider, "model": target.model, "cost_usd": None}
            plain, written, read = self._cache_split(OPENAI_MIN_CACHE)
            read_steps = read // 128 * 128  # cached in 128-token steps
            cost = price.cost_usd(
                input=round(plain + written + (read - read_steps)) + self.variable_tokens,
                cached=round(read_steps),
                output=self.output_tokens,
            )
            uncached = price.cost_usd(
                input=total_prefix + self.variable_tokens, cached=0, output=self.output_tokens
            )
            minimum = OPENAI_MIN_CACHE
        return {
            "provider": target.provider,
            "model": target.model,
            "min_cacheable_tokens": minimum,
            "prefix_cached": read > 0,
            "cost_usd": float(round(cost, 4)),
            "cost_usd_without_prompt_cache": float(round(uncached, 4)),
        }

    def report(self, *, people: int = 0, completed: int = 0) -> dict[str, Any]:
        """Totals and, per target, the cost and the cost per person and per completer."""
        targets = []
        for target in TARGETS:
            row = self._cost(target)
            cost = row["cost_usd"]
            if cost is not None:
                row["per_person_usd"] = round(cost / people, 5) if people else None
                row["per_completed_person_usd"] = round(cost / completed, 5) if completed else None
            targets.append(row)
        first = targets[0]
        prefix = max(self.prefix_tokens.values(), default=0)
        return {
            "model_priced": f"{first['provider']} {first['model']}",
            "calls": self.calls,
            "prefix_tokens": prefix,
            "input_tokens": self.variable_tokens,
            "cache_read_tokens": 0,
            "output_tokens": self.output_tokens,
            "cost_usd": first["cost_usd"],
            "cost_usd_without_prompt_cache": first["cost_usd_without_prompt_cache"],
            "by_target": targets,
            "estimate": "characters / 4 of the requests the real builders would send; caching"
            " modelled from sessions per week (see benchmarks/llm_cost.py)",
        }
