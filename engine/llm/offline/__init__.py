"""The offline rules coach (no network): the default without a key and the fallback."""

from __future__ import annotations

from engine.llm.offline.coach import OfflineCoach

__all__ = ["OfflineCoach"]
