"""`coachbot bench coaching`: how well the offline coach judges open answers.

A labelled set (benchmarks/coaching_cases/*.yaml): steps with their required items, and cases
of (step, earlier answers, answer) → (items covered after the answer, meta-reply or
not). Earlier answers are judged first, in order, exactly as the engine would: their
coverage is carried (`engine.coaching.context.covered_so_far`) and they are the step's
history in the request. Figures: micro F1 of item coverage over every (case, item),
meta-reply accuracy, and accuracy of `complete`; for the development cases and the
held-out ones (written after the rules and never used to tune them) apart.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from engine.coaching.context import covered_so_far
from engine.llm.offline import OfflineCoach
from engine.llm.types import CoachRequest, CoachResult, Exchange, RequiredItem, StepKind
from engine.store.coaching import StepTry

CASES = Path(__file__).resolve().parent / "coaching_cases"
TARGET_F1 = 0.85
TARGET_META = 0.9


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    split: str
    question: str
    required: tuple[RequiredItem, ...]
    history: tuple[str, ...]
    answer: str
    covered: frozenset[str]
    meta: bool


def load_cases(directory: Path = CASES) -> list[Case]:
    """Every case of every YAML file; a file's `split` is `dev` or `heldout`."""
    cases: list[Case] = []
    for path in sorted(directory.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text())
        steps = doc["steps"]
        for n, raw in enumerate(doc["cases"], 1):
            step = steps[raw["step"]]
            required = tuple(
                RequiredItem(i["key"], i["label"], tuple(i.get("keywords") or ()))
                for i in step["items"]
            )
            keys = {r.key for r in required}
            covered = frozenset(raw.get("covered") or ())
            assert covered <= keys, f"{path.name} case {n}: unknown items {covered - keys}"
            cases.append(
                Case(
                    id=f"{path.stem}-{n}",
                    split=doc["split"],
                    question=step["question"],
                    required=required,
                    history=tuple(raw.get("history") or ()),
                    answer=str(raw["answer"]),
                    covered=covered,
                    meta=bool(raw.get("meta", False)),
                )
            )
    return cases


def _request(case: Case, answer: str, tries: list[StepTry], attempt: int) -> CoachRequest:
    history: list[Exchange] = []
    for t in tries:
        history += [Exchange("user", t.answer), Exchange("assistant", t.reply or "")]
    return CoachRequest(
        system_prompt="",
        program_context="",
        kind=StepKind.QUESTION,
        step_key=case.id,
        question=case.question,
        answer=answer,
        attempt_no=attempt,
        max_attempts=9,
        required=case.required,
        history=tuple(history),
        covered=covered_so_far(case.required, tries),
    )


async def judge(case: Case, coach: OfflineCoach | None = None) -> CoachResult:
    """The offline coach's result for the case's answer, after its earlier answers."""
    coach = coach or OfflineCoach()
    tries: list[StepTry] = []
    for earlier in case.history:
        result = await coach.evaluate(_request(case, earlier, tries, len(tries) + 1))
        if not result.meta:  # a meta-reply is not an attempt
            tries.append(StepTry(earlier, result.reply, result.missing, result.complete))
    return await coach.evaluate(_request(case, case.answer, tries, len(tries) + 1))


def _figures(rows: list[tuple[Case, CoachResult]]) -> dict[str, Any]:
    tp = fp = fn = 0
    meta_right = complete_right = 0
    misses: list[str] = []
    for case, result in rows:
        got = {r.key for r in case.required} - set(result.missing)
        tp += len(got & case.covered)
        fp += len(got - case.covered)
        fn += len(case.covered - got)
        meta_right += result.meta == case.meta
        expect_complete = not case.meta and case.covered == {r.key for r in case.required}
        complete_right += result.complete == expect_complete
        if got != case.covered or result.meta != case.meta:
            misses.append(case.id)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(rows) or 1
    return {
        "cases": len(rows),
        "meta_cases": sum(c.meta for c, _ in rows),
        "coverage_precision": round(precision, 3),
        "coverage_recall": round(recall, 3),
        "coverage_f1": round(f1, 3),
        "meta_accuracy": round(meta_right / n, 3),
        "complete_accuracy": round(complete_right / n, 3),
        "misses": misses,
    }


async def bench_coaching(directory: Path = CASES, *, show_misses: bool = False) -> dict[str, Any]:
    """Judge every case; the figures for all, development and held-out cases."""
    cases = load_cases(directory)
    coach = OfflineCoach()
    started = time.perf_counter()
    rows = [(case, await judge(case, coach)) for case in cases]
    elapsed = time.perf_counter() - started
    out: dict[str, Any] = {"judge": "offline"}
    for name, subset in (
        ("all", rows),
        ("dev", [r for r in rows if r[0].split == "dev"]),
        ("heldout", [r for r in rows if r[0].split == "heldout"]),
    ):
        figures = _figures(subset)
        if not show_misses or name != "dev":
            figures.pop("misses")
        out[name] = figures
    out["targets"] = {"coverage_f1": TARGET_F1, "meta_accuracy": TARGET_META}
    out["ms_per_case"] = round(1000 * elapsed / (len(rows) or 1), 2)
    return out


def run(show_misses: bool = False) -> dict[str, Any]:
    return asyncio.run(bench_coaching(show_misses=show_misses))
