"""`covers`: keywords with negation, label words, what the label asks for, the last item
left, and the embedding path (with a stand-in embedder: the real one is an optional extra)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from engine.llm.offline import _coverage
from engine.llm.offline._coverage import covers
from engine.llm.types import RequiredItem

WELL = RequiredItem("well", "something that's going well", ("well", "good", "enjoy"))
REASON = RequiredItem("reason", "why it matters to you", ("because", "health"))
WHEN = RequiredItem("when", "when you'll do it")


def test_a_negated_keyword_does_not_cover_a_positive_item() -> None:
    assert covers(WELL, "The team is going well")
    assert not covers(WELL, "Honestly, not going well")


def test_what_the_label_asks_for_counts() -> None:
    assert covers(REASON, "I wanna still be kicking a ball around with my son")
    assert covers(WHEN, "every morning before work, around 7")
    assert not covers(REASON, "idk")


def test_a_short_answer_covers_the_only_item_left() -> None:
    item = RequiredItem("subject", "what you're studying", ("course", "degree"))
    assert covers(item, "Spanish", only_item=True)
    assert not covers(item, "Spanish")
    assert not covers(item, "dunno", only_item=True)


class _Embedder:
    """Two directions: texts about plants, and everything else."""

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [[1.0, 0.0] if "plant" in t or "fern" in t else [0.0, 1.0] for t in texts]


def test_with_the_embedding_model_installed_meaning_covers_an_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item = RequiredItem("plant", "a plant you care for", ("cactus",))
    assert not covers(item, "My fern by the window is thriving")
    monkeypatch.setattr(_coverage, "_model", lambda: _Embedder())
    _coverage._vector.cache_clear()
    try:
        assert covers(item, "My fern by the window is thriving")
        assert not covers(item, "I walk to work every day")
    finally:
        _coverage._vector.cache_clear()
