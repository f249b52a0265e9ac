"""The semantic layer and the lazy build: nothing is compiled or indexed at import time."""

from __future__ import annotations

import subprocess
import sys

from engine.safety import CrisisSignal, detect_crisis, similarity_to_crisis


def test_importing_the_package_compiles_and_indexes_nothing() -> None:
    code = (
        "import engine.safety\n"
        "from engine.safety import _lexicon, _semantic\n"
        "assert _lexicon._compiled.cache_info().currsize == 0\n"
        "assert _semantic._index.cache_info().currsize == 0\n"
        "engine.safety.detect_crisis('i am fine, thanks')\n"
        "assert _lexicon._compiled.cache_info().currsize == 1\n"
        "assert _semantic._index.cache_info().currsize == 1\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_crisis_exemplar_reworded_is_close_and_an_idiom_is_not() -> None:
    close = similarity_to_crisis("I just want everything to stop, for good this time")
    idiom = similarity_to_crisis("this deadline is killing me")
    assert close.score > 0.3
    assert idiom.score < close.score
    assert close.category == "suicide"


def test_the_nearest_exemplar_gives_the_category() -> None:
    assert similarity_to_crisis("my husband hits me when he's drunk").category == "abuse"
    assert similarity_to_crisis("i hurt myself again last night").category == "self_harm"


def test_semantic_signal_is_marked_as_such() -> None:
    signal = detect_crisis("this is my goodbye")
    assert signal == CrisisSignal(category="suicide", phrase="", kind="similar", layer="semantic")


def test_lexicon_signal_names_its_kind() -> None:
    signal = detect_crisis("how many sleeping pills would it take to not wake up")
    assert signal is not None
    assert signal.layer == "lexicon"
    assert signal.kind == "method"
    assert signal.category == "suicide"
