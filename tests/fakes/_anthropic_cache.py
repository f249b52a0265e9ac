"""The fake Messages API's prompt cache: prefixes up to each breakpoint, per TTL."""

from __future__ import annotations

import hashlib
import json
import math
import time
from typing import Any


def input_usage(
    cache: dict[str, float], body: dict[str, Any], *, minimum: int, default_ttl: float
) -> dict[str, Any]:
    """Input usage of `body`, reading and refreshing `cache` (prefix digest -> expiry)."""
    segments = _segments(body, default_ttl)
    total = sum(n for n, _, _ in segments)
    now = time.monotonic()
    for k in [k for k, exp in cache.items() if exp <= now]:
        del cache[k]

    # Running digest of the prefix, checked at each breakpoint.
    digest = hashlib.sha256(str(body["model"]).encode())
    prefixes: list[tuple[str, int, float]] = []  # (digest, tokens, ttl) at each breakpoint
    running = 0
    for n, canonical, ttl in segments:
        digest.update(canonical.encode())
        running += n
        if ttl is not None and running >= minimum:
            prefixes.append((digest.hexdigest(), running, ttl))

    read = next((t for d, t, _ in reversed(prefixes) if d in cache), 0)
    write = prefixes[-1][1] - read if prefixes else 0
    long_write = write if prefixes and prefixes[-1][2] > 300 else 0
    for d, _, ttl in prefixes:
        cache[d] = now + ttl  # hits refresh the TTL too
    return {
        "input_tokens": total - read - write,
        "cache_creation_input_tokens": write,
        "cache_read_input_tokens": read,
        "cache_creation": {
            "ephemeral_5m_input_tokens": write - long_write,
            "ephemeral_1h_input_tokens": long_write,
        },
    }


def _segments(
    body: dict[str, Any], default_ttl: float = 300.0
) -> list[tuple[int, str, float | None]]:
    """(tokens, canonical text, TTL if a breakpoint ends it) for tools, system, messages."""
    blocks: list[Any] = list(body.get("tools") or [])
    system = body.get("system")
    blocks.extend([{"type": "text", "text": system}] if isinstance(system, str) else system or [])
    for message in body["messages"]:
        content = message.get("content")
        if isinstance(content, str):
            content = [{"type": "text", "text": content}]
        blocks.extend({"role": message.get("role"), **b} for b in content or [])
    out = []
    for block in blocks:
        bare = {k: v for k, v in block.items() if k != "cache_control"}
        canonical = json.dumps(bare, sort_keys=True)
        text = block.get("text") if isinstance(block.get("text"), str) else canonical
        control = block.get("cache_control")
        ttl = None
        if isinstance(control, dict):
            ttl = 3600.0 if control.get("ttl") == "1h" else default_ttl
        out.append((tokens(text), canonical, ttl))
    return out


def tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / 4))
