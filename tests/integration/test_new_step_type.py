"""A step type the engine has never seen, defined entirely in this module.

Everything it takes is here: the type (with its record, the record's writer and its
versioned state), its registration (one `register`), its YAML model and its offline judge.
A program file using it loads, syncs and runs in the console against PostgreSQL: the step
is presented, answered twice, judged by its own offline judge, its state kept between the
answers, its record stored, and the person's export includes it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal, Self, cast

import pytest
from pydantic import Field

from adapters.console import render
from engine.llm.types import CoachRequest, CoachResult
from engine.messages import Reply
from engine.programs.loader import ProgramError, load_program
from engine.programs.model import StepBase
from engine.programs.sync import sync_programs
from engine.state import EnrolmentState
from engine.steps import Attempt, Judgement, StepOutcome, StepView, register, unregister
from engine.steps.base import BaseStepType
from engine.steps.progress import KeyedState
from engine.steps.state import ConversationState
from engine.store import privacy, records
from engine.store.database import Connection
from engine.store.record_writers import write_records
from tests.harness import Harness

KIND = "good_things"

# ------------------------------------------------------------------ its YAML model


class GoodThingsStep(StepBase):
    """`type: good_things`: name `count` things that went well; kept as profile `saves_as`."""

    type: Literal["good_things"]
    count: Annotated[int, Field(ge=1, le=5)] = 3
    saves_as: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")] = "good_things"


# ------------------------------------------------------------------ its offline judge

JUDGED: list[str] = []  # the answers the judge saw


def split_items(text: str) -> list[str]:
    return [part.strip(" .!") for part in re.split(r",|;|\band\b|\n", text) if part.strip(" .!")]


def judge_good_things(request: CoachRequest) -> CoachResult:
    JUDGED.append(request.answer)
    items = split_items(request.answer)
    if not items:
        return CoachResult(reply="Even one small thing counts — what went well?", complete=False)
    return CoachResult(
        reply=f"Good to hear: {'; '.join(items)}.",
        complete=True,
        extracted={"items": "\n".join(items)},
    )


# ------------------------------------------------------------------ its state and record


@dataclass(slots=True)
class GoodThingsSoFar(KeyedState):
    key = KIND
    version = 2  # version 1 kept one string, "a|b|c"

    items: list[str] = field(default_factory=list)

    def body(self) -> dict[str, Any]:
        return {"items": list(self.items)}

    @classmethod
    def from_body(cls, body: dict[str, Any], version: int) -> Self:
        if version < 2:
            return cls(items=[i for i in str(body["items"]).split("|") if i])
        return cls(items=[str(i) for i in body["items"]])


@dataclass(frozen=True, slots=True)
class GoodThingsRecord:
    field: str
    items: tuple[str, ...]


async def write_good_things(
    conn: Connection, enrolment: EnrolmentState, record: GoodThingsRecord, now: datetime
) -> None:
    await records.add_profile_fields(
        conn,
        user_id=enrolment.user_id,
        values={record.field: "; ".join(record.items)},
        confidence={record.field: 1.0},
        now=now,
    )


# ------------------------------------------------------------------ its type


class GoodThingsType(BaseStepType):
    kind = KIND
    model = GoodThingsStep
    state = GoodThingsSoFar
    offline_judge = staticmethod(judge_good_things)
    writers = MappingProxyType({GoodThingsRecord: write_good_things})

    def present(self, view: StepView) -> list[Reply]:
        so_far = view.state if isinstance(view.state, GoodThingsSoFar) else GoodThingsSoFar()
        step = view.step
        assert isinstance(step, GoodThingsStep)
        left = step.count - len(so_far.items)
        return [Reply(f"{step.prompt.strip()} ({left} to go)")]

    def judgement(self, view: StepView, text: str) -> Judgement:
        return Judgement(kind=self.kind, answer=text, local=True)

    def apply(self, view: StepView, text: str, result: CoachResult | None) -> StepOutcome:
        step = view.step
        assert isinstance(step, GoodThingsStep) and result is not None
        so_far = view.state if isinstance(view.state, GoodThingsSoFar) else GoodThingsSoFar()
        found = [i for i in result.extracted.get("items", "").split("\n") if i]
        items = [*so_far.items, *found][: step.count]
        left = step.count - len(items)
        attempt = Attempt(text, valid=bool(found))
        if left > 0:
            ask = Reply(f"{left} more to go.")
            state = GoodThingsSoFar(items)
            replies = (Reply(result.reply), ask)
            return StepOutcome(False, replies, attempt, state=state, coached=True)
        record = GoodThingsRecord(step.saves_as, tuple(items))
        return StepOutcome(True, (Reply(result.reply),), attempt, (record,), coached=True)


# ------------------------------------------------------------------ its registration


@pytest.fixture
def good_things() -> Iterator[None]:
    register(GoodThingsType())
    JUDGED.clear()
    yield
    unregister(KIND)


PROGRAM = """
slug: good-week
title: "A good week"
weeks:
  - title: "Noticing"
    unlock: {after_previous: false}
    steps:
      - key: went_well
        type: good_things
        prompt: "Name three things that went well this week."
        count: 3
        saves_as: went_well
      - key: bye
        type: content
        prompt: "That's it"
        body: "Keep noticing them."
"""


def _program_file(tmp_path: Path) -> Path:
    path = tmp_path / "good-week.yaml"
    path.write_text(PROGRAM, encoding="utf-8")
    return path


async def test_a_step_type_defined_here_runs_through_the_engine(
    harness: Harness, tmp_path: Path, good_things: None
) -> None:
    async with harness.db.transaction() as conn:
        await sync_programs(conn, [load_program(_program_file(tmp_path))])
    assert await harness.scalar("SELECT count(*) FROM steps WHERE kind = %s", KIND) == 1
    kim = harness.person("kim")

    opening = render(await kim.send("start good-week"))
    assert "Name three things that went well this week. (3 to go)" in opening

    first = render(await kim.send("a long walk and lunch with Sam"))
    assert "Good to hear: a long walk; lunch with Sam." in first  # the judge's own reply
    assert "1 more to go." in first
    state = await harness.scalar("SELECT step_state FROM enrolments")
    assert isinstance(state, dict)
    assert state[KIND] == {"items": ["a long walk", "lunch with Sam"], "v": 2}

    second = render(await kim.send("finishing the report"))
    assert "Good to hear: finishing the report." in second
    assert "Keep noticing them." in second  # the step is done: the next one is presented
    assert JUDGED == ["a long walk and lunch with Sam", "finishing the report"]

    kept = await harness.scalar(
        "SELECT value FROM profile_fields WHERE field = 'went_well' AND user_id ="
        " (SELECT user_id FROM enrolments)"
    )
    assert kept == "a long walk; lunch with Sam; finishing the report"
    async with harness.db.transaction() as conn:
        user_id = await harness.scalar("SELECT user_id FROM enrolments")
        assert isinstance(user_id, int)
        exported = json.loads(privacy.export_json(await privacy.export_data(conn, user_id)))
    assert {"field": "went_well"}.items() <= exported["profile"][0].items()
    answers = [(a["step_key"], a["answer"], a["valid"]) for a in exported["answers"]]
    assert answers == [
        ("went_well", "a long walk and lunch with Sam", True),
        ("went_well", "finishing the report", True),
    ]


def test_its_state_of_an_older_version_still_loads_and_a_broken_one_is_dropped(
    good_things: None,
) -> None:
    old = ConversationState.from_json({"v": 1, KIND: {"items": "walk|lunch", "v": 1}})
    assert old.step == GoodThingsSoFar(["walk", "lunch"])
    assert ConversationState.from_json({"v": 1, KIND: {"v": 2}}).step is None  # unreadable
    current = ConversationState(step=GoodThingsSoFar(["walk"]))
    assert ConversationState.from_json(current.to_json()).step == GoodThingsSoFar(["walk"])


def test_without_its_registration_the_kind_is_unknown(tmp_path: Path) -> None:
    with pytest.raises(ProgramError) as failed:
        load_program(_program_file(tmp_path))
    assert "type must be one of" in str(failed.value)
    assert ConversationState.from_json({KIND: {"items": ["walk"], "v": 2}}).step is None


async def test_without_its_registration_its_record_has_no_writer() -> None:
    with pytest.raises(LookupError, match="GoodThingsRecord"):
        await write_records(
            cast(Connection, None),
            cast(EnrolmentState, None),
            (GoodThingsRecord("went_well", ("walk",)),),
            now=datetime(2026, 11, 23, tzinfo=UTC),
        )
