"""`coachbot bench safety`: recall and false-positive rate of crisis detection on the corpus.

The corpus (tests/safety/crisis.tsv and ordinary.tsv: language, category, split,
text) has a development split and a *held-out* split (about 30 %) that was not looked
at while tuning the detector when it was written: `--misses` lists development errors only.
"Held out" in the figures means *measured apart from the development splits*; it does not
mean unseen: as told below, most unseen splits' errors (unseen15-17 included) were studied
after their first look, so only a split's first-look figure (in this docstring and the README)
is an estimate.
The first held-out messages were chosen by a hash of their text; later batches were
written as a whole and marked held out before the detector ever saw them.

A third split, *unseen* (unseen_crisis.tsv and unseen_ordinary.tsv), was written
in one go before a round of generalising the detector and committed first; it was
only run once that round was finished. Later splits (unseen2 to unseen6, unseen9 and
unseen10_intl, in unseenN_crisis.tsv / unseenN_ordinary.tsv) were written the same way,
each committed before the detector was changed for it and run once; their first-look
figures are in the README. unseen11 was written before a round of generalising by class
and run once on the old detector (0.878 recall, 7.2 % false positives); unseen12 was
written after that round in another style and run once, never tuned on (0.897 / 2.9 %;
old detector 0.868 / 2.9 %); unseen13, short and terse messages each paired with a
look-alike, was written after the last round and run once (0.778 / 11.1 %; old detector
0.762 / 9.5 %), then only the abuse rule's game guard was fixed (9.5 %). unseen14, mostly
English in other voices (teens, older adults, non-native speakers, answers to a coaching
question) and a few other languages, was written after the round that studied unseen8_en's
and unseen13's errors (both then 1.000 / 0 %) and run once, never tuned on: 0.788 / 6.1 %,
the same messages missed and flagged as by the detector before that round. A round of
whole-message shapes and scopes (issue 12) then studied the *classes* of unseen10–14's errors
and added its own development messages by class in all 15 languages; every unseen split now
reads 0.97–1.00 with no false positives, which is no estimate: a self-check set written after
that round's rules and run once read 0.67 / 6.7 % (then it joined dev). dev17 and
dev18 (100 crisis + 100 ordinary each, hard wording in 15 languages; two dev17 lines already
in the corpus were dropped) were written blind by someone else and are *development* sets,
tuned on by class (they are in `--misses`); first look: dev17 0.71 recall / 10 % false
positives, dev18 0.66 / 5 %; after the round that generalised their errors by class
(engine/safety/_compose_hard*.py), both 1.000 / 0 %. Every split's figures are printed;
unseen15 (short chat, slang, typos) and unseen16 (longer answers to coaching questions, risk
mid-answer, more languages), 80 + 80 each in 15 languages, were written blind by someone else
at the same time as dev17/dev18 and kept unread by whoever changed the rules until after both
rounds of 2026-12-03 evening: first look 0.650 / 12.5 % and 0.588 / 3.8 % (the detector before
those rounds: 0.588 / 12.5 % and 0.525 / 6.3 %); a round of classes then studied their errors,
so they are *studied* splits now, not held-out estimates. dev19 (96 + 100, a third blind author;
four crisis lines already in the corpus were dropped) read 0.62 / 8 % at first look on the
detector after that round, then was tuned on by class. unseen17 (78 + 80 in 15 languages, written
blind by a fourth author at the same time as dev19 and sealed until every rule change of
2026-12-04 had landed; two crisis lines already in the corpus were dropped) was run once:
0.654 recall / 3.75 % false positives (the detector before that day's rounds: 0.628 / 5.0 %),
the fresh estimate at the time; its misses and false positives were then studied by class
(engine/safety/_means_quantity, _absence_wished, _goodbye_reason, _danger_home, _harm_again,
_blow_with_reason, _game_stakes), with development messages of their own in 15 languages in
the dev split, so unseen17 is a studied split too. dev20 (110 + 110 in 15 languages by a fifth
blind author; one crisis line already in the corpus was dropped) was run once after that round:
0.709 recall / 1.82 % false positives, the same as the detector before the round (no verdict
changed), then tuned on by class (_others_in_danger, _starving_danger). unseen18 (90 + 90 in 18
languages, Korean, Vietnamese and Swedish new, by a sixth blind author; one ordinary line already
in the corpus was dropped) was sealed and run once after the rounds of 2026-12-04: 0.533 recall /
2.22 % false positives (the detector before that day's last round: 0.511 / 2.22 %); its misses
and false positives were then studied by class, with development messages of their own in the
dev split, so it is a studied split now, not an estimate. Acceptance uses messages the project
has never seen.

A learned layer (hashed n-gram logistic regression) was tried leave-one-set-out on
unseen10_intl … unseen14 (`python -m benchmarks.safety_loso`): mean recall 0.896 → 0.922,
false positives 2.5 % → 3.1 % (0.915 / 2.5 % when it may also veto weak rule hits), short
of the +5 points needed to add it to the detector; the figures are in that module.
"""

from __future__ import annotations

import csv
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import typer

from engine.safety import detect_crisis

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "tests" / "safety"
TARGET_RECALL = 0.95
TARGET_FALSE_POSITIVE_RATE = 0.02
SPLITS = (
    "dev",
    "held_out",
    "unseen",
    "unseen2",
    "unseen3",
    "unseen4",
    "unseen5",
    "unseen6",
    "unseen7",
    "unseen8_en",
    "unseen9",
    "unseen10_intl",
    "unseen11",
    "unseen12",
    "unseen13",
    "unseen14",
    "unseen15",
    "unseen16",
    "unseen17",
    "unseen18",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
)
UNSEEN_SPLITS = tuple(s for s in SPLITS if s.startswith("unseen"))
# Later development sets: written blind like an unseen split, but tuned on (in `--misses`).
LATER_DEV_SPLITS = tuple(s for s in SPLITS if s.startswith("dev") and s != "dev")
DEVELOPMENT_SPLITS = ("dev", *LATER_DEV_SPLITS)


@dataclass(frozen=True, slots=True)
class CorpusMessage:
    """One corpus line: is it crisis language, in which language, what kind of message."""

    text: str
    language: str
    category: str
    crisis: bool
    split: str

    @property
    def held_out(self) -> bool:
        """Measured apart from development: held out or unseen when first measured.

        Most such splits have since been studied (see the module docstring), so this says
        where a message is counted, not that its figure is still an estimate.
        """
        return self.split not in DEVELOPMENT_SPLITS


def load_corpus(directory: Path = DEFAULT_CORPUS) -> list[CorpusMessage]:
    """Read crisis.tsv and ordinary.tsv from `directory`."""
    messages: list[CorpusMessage] = []
    files = [("crisis.tsv", True), ("ordinary.tsv", False)]
    for split in (*UNSEEN_SPLITS, *LATER_DEV_SPLITS):
        files += [(f"{split}_crisis.tsv", True), (f"{split}_ordinary.tsv", False)]
    for name, crisis in files:
        if not (directory / name).exists() and "_" in name:
            continue
        with (directory / name).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["split"] not in SPLITS:
                    raise ValueError(f"{name}: unknown split {row['split']!r}")
                messages.append(
                    CorpusMessage(
                        row["text"],
                        row["lang"],
                        row["category"],
                        crisis=crisis,
                        split=row["split"],
                    )
                )
    return messages


def _rates(results: Iterable[tuple[CorpusMessage, bool]]) -> dict[str, Any]:
    crisis = ordinary = caught = flagged = 0
    for message, detected in results:
        if message.crisis:
            crisis += 1
            caught += detected
        else:
            ordinary += 1
            flagged += detected
    return {
        "crisis": crisis,
        "ordinary": ordinary,
        "recall": round(caught / crisis, 4) if crisis else None,
        "false_positive_rate": round(flagged / ordinary, 4) if ordinary else None,
        "misses": crisis - caught,
        "false_positives": flagged,
    }


def measure(messages: list[CorpusMessage]) -> dict[str, Any]:
    """Run the detector over `messages`; figures overall, per split, language and category."""
    results: list[tuple[CorpusMessage, bool]] = []
    layers: dict[str, int] = defaultdict(int)
    timings: list[float] = []
    detect_crisis("warm up")  # the first call compiles the lexicon and builds the index
    for message in messages:
        # CPU time of this thread: the machine is shared, wall time would measure the neighbours.
        started = time.thread_time()
        signal = detect_crisis(message.text)
        timings.append((time.thread_time() - started) * 1000)
        results.append((message, signal is not None))
        if signal is not None:
            layers[f"{'crisis' if message.crisis else 'ordinary'}_{signal.layer}"] += 1
    by_language: dict[str, list[tuple[CorpusMessage, bool]]] = defaultdict(list)
    by_category: dict[str, list[tuple[CorpusMessage, bool]]] = defaultdict(list)
    for message, detected in results:
        by_language[message.language].append((message, detected))
        kind = "crisis" if message.crisis else "ordinary"
        by_category[f"{kind}/{message.category}"].append((message, detected))
    timings.sort()
    return {
        "all": _rates(results),
        "development": _rates(r for r in results if not r[0].held_out),
        "dev": _rates(r for r in results if r[0].split == "dev"),
        "held_out": _rates(r for r in results if r[0].split == "held_out"),
        **{split: _rates(r for r in results if r[0].split == split) for split in SPLITS[2:]},
        "per_language": {k: _rates(v) for k, v in sorted(by_language.items())},
        "per_category": {k: _rates(v) for k, v in sorted(by_category.items())},
        "detected_by_layer": dict(sorted(layers.items())),
        "cpu_ms_per_message": {
            "mean": round(statistics.fmean(timings), 3),
            "p99": round(timings[int(len(timings) * 0.99) - 1], 3),
        },
        "targets": {"recall": TARGET_RECALL, "false_positive_rate": TARGET_FALSE_POSITIVE_RATE},
        "languages": len(by_language),
    }


def development_errors(messages: list[CorpusMessage]) -> dict[str, list[str]]:
    """Misses and false positives of the development split only (never the held-out one)."""
    errors: dict[str, list[str]] = {"misses": [], "false_positives": []}
    for message in messages:
        if message.held_out:
            continue
        detected = detect_crisis(message.text) is not None
        if message.crisis and not detected:
            errors["misses"].append(f"{message.language}/{message.category}: {message.text}")
        elif not message.crisis and detected:
            errors["false_positives"].append(
                f"{message.language}/{message.category}: {message.text}"
            )
    return errors


def safety_command(
    corpus: Path = typer.Option(DEFAULT_CORPUS, help="directory with crisis.tsv and ordinary.tsv"),
    misses: bool = typer.Option(
        False, "--misses", help="list the development split's errors (never the held-out split's)"
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="also write the JSON here"),
) -> None:
    """Crisis detection on the corpus: recall and false-positive rate as JSON."""
    messages = load_corpus(corpus)
    figures = measure(messages)
    if misses:
        figures["development_errors"] = development_errors(messages)
    document = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "benchmarks": {"safety": figures},
    }
    text = json.dumps(document, indent=2, ensure_ascii=False)
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text + "\n")
    print(text)
