"""Coachbot's benchmarks: not part of the installed runtime; run from a checkout.

`python -m benchmarks …` (or `make bench`, or `coachbot bench …` / `coachbot simulate …`
from the checkout, which launch it). What tests may use is re-exported here; every other
module of the package is private to the benchmarks.
"""

from benchmarks import safety_learn
from benchmarks._fakes import serve_asgi, signed_headers
from benchmarks._people import sincere_answer, vague_answer
from benchmarks.safety import (
    TARGET_FALSE_POSITIVE_RATE,
    TARGET_RECALL,
    CorpusMessage,
    load_corpus,
    measure,
)
from benchmarks.turns import ZeroLatencyLLM

__all__ = [
    "TARGET_FALSE_POSITIVE_RATE",
    "TARGET_RECALL",
    "CorpusMessage",
    "ZeroLatencyLLM",
    "load_corpus",
    "measure",
    "safety_learn",
    "serve_asgi",
    "signed_headers",
    "sincere_answer",
    "vague_answer",
]
