"""The engine's side of coaching: the context every judgement is made in."""

from engine.coaching.context import build_context, covered_so_far, estimate_tokens

__all__ = ["build_context", "covered_so_far", "estimate_tokens"]
