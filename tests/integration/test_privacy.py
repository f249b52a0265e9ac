"""`export my data` and `delete my data`: everything about the person, nothing about others."""

from __future__ import annotations

import json

import pytest

from engine.store.schema import Base
from tests.harness import Harness
from tests.integration.driver import complete_program


async def _rows_referencing(h: Harness, user_id: int, enrolment_ids: list[int]) -> dict[str, int]:
    """Count rows in every table that point at the user or one of their enrolments."""
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        clauses = []
        if "user_id" in table.c and table.name not in {"slack_installations"}:
            clauses.append("user_id = %(u)s")
        for column in table.c:  # other references to a person (user_a, declined_user_id, …)
            if column.name != "user_id" and any(
                fk.column.table.name == "users" for fk in column.foreign_keys
            ):
                clauses.append(f"{column.name} = %(u)s")
        if "enrolment_id" in table.c:
            clauses.append("enrolment_id = ANY(%(e)s)")
        if table.name == "users":
            clauses.append("id = %(u)s")
        if table.name == "enrolments":
            clauses.append("id = ANY(%(e)s)")
        if not clauses:
            continue
        async with h.db.transaction() as conn:
            cur = await conn.execute(
                f"SELECT count(*) AS n FROM {table.name} WHERE {' OR '.join(clauses)}",
                {"u": user_id, "e": enrolment_ids},
            )
            row = await cur.fetchone()
        assert row is not None
        if row["n"]:
            counts[table.name] = int(row["n"])
    return counts


@pytest.fixture
async def two_people(harness: Harness) -> Harness:
    await complete_program(harness, "health-4-weeks", user="ada")
    await complete_program(harness, "demo", user="grace")
    return harness


async def _user_id(h: Harness, name: str) -> int:
    value = await h.scalar(
        "SELECT user_id FROM platform_identities WHERE platform_user_id = %s", name
    )
    assert isinstance(value, int)
    return value


async def test_delete_my_data_asks_first_then_leaves_no_row_about_the_person(
    two_people: Harness,
) -> None:
    h = two_people
    ada = await _user_id(h, "ada")
    enrolments = [
        int(str(r["id"])) for r in await h.rows("SELECT id FROM enrolments WHERE user_id = %s", ada)
    ]
    before = await _rows_referencing(h, ada, enrolments)
    assert {"messages", "step_attempts", "goals", "check_ins", "takeaways"} <= before.keys()

    session = h.person("ada")
    ask = await session.send("delete my data")
    assert "yes delete" in ask[0].text
    assert await _rows_referencing(h, ada, enrolments) != {}, "nothing deleted before confirming"
    done = await session.send("yes delete")
    assert "deleted" in done[0].text.lower()

    assert await _rows_referencing(h, ada, enrolments) == {}
    grace = await _user_id(h, "grace")
    assert await h.scalar("SELECT count(*) FROM messages WHERE user_id = %s", grace)


async def test_delete_my_data_removes_connections_on_both_sides_of_a_pair(
    harness: Harness,
) -> None:
    from engine.connections import run_round

    h = harness
    for name, challenge, expertise in (
        ("ada", "scaling our Kafka cluster", "event sourcing"),
        ("grace", "moving billing to event sourcing", "Kafka"),
    ):
        session = h.person(name)
        await session.send(f"profile working on {challenge}")
        await session.send(f"profile expertise {expertise}")
        await session.send("connections on")
    assert (await run_round(h.db, now=h.clock.now())).stored == 1
    pending = await h.person("grace").send("connections")
    await h.person("grace").click(str(pending[0].choice_ref), "no")
    ada = await _user_id(h, "ada")
    before = await _rows_referencing(h, ada, [])
    assert {"connection_profiles", "connection_suggestions", "connection_declines"} <= set(before)
    await h.person("ada").send("delete my data")
    await h.person("ada").send("yes delete")
    assert await _rows_referencing(h, ada, []) == {}


async def test_confirming_without_a_request_deletes_nothing(harness: Harness) -> None:
    session = harness.person("ada")
    await session.send("start demo")
    replies = await session.send("yes delete")
    assert "delete my data" in replies[0].text
    assert await harness.scalar("SELECT count(*) FROM users") == 1


async def test_export_returns_everything_about_the_person_and_nothing_else(
    two_people: Harness,
) -> None:
    h = two_people
    replies = await h.person("ada").send("export my data")
    assert replies[0].attachment is not None
    text = replies[0].attachment.content
    data = json.loads(text)
    ada = await _user_id(h, "ada")
    assert data["user"]["id"] == ada
    assert {i["platform_user_id"] for i in data["identities"]} == {"ada"}
    assert data["goals"] and data["check_ins"] and data["takeaways"] and data["answers"]
    own = await h.scalar("SELECT count(*) FROM messages WHERE user_id = %s", ada)
    # the export turn's own two messages are written after it is taken
    assert len(data["messages"]) == own - 2
    for table in ("goals", "check_ins", "takeaways", "messages"):
        assert all(row.get("user_id", ada) == ada for row in data[table])
    assert "grace" not in text
