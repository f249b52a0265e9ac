"""A name said in a sentence with more in it ("I'm Priya, product manager in Lisbon") is
taken by the offline coach even when the program's name field brings its own patterns
(the built-in demo's read a bare answer or "my name is …"). Console conversations."""

from __future__ import annotations

import pytest

from tests.harness import Harness, said

SAID = [
    ("I am Priya, product manager in Lisbon", "Priya"),
    ("Priya here, PM in Lisbon", "Priya"),
    ("hi! I'm Kwame, I run a small design team", "Kwame"),
    ("Hello, this is Ingrid. Engineer, based in Bergen.", "Ingrid"),
]


async def name(h: Harness) -> object:
    return await h.scalar("SELECT value FROM profile_fields WHERE field = 'name'")


@pytest.mark.parametrize(("text", "expected"), SAID)
async def test_a_name_said_with_more_fills_the_demo_name_field(
    harness: Harness, text: str, expected: str
) -> None:
    person = harness.person("someone")
    await person.send("start demo")
    reply = said(await person.send(text))
    assert await name(harness) == expected, reply
    assert "what should I call you" not in reply.casefold()


async def test_the_fields_own_patterns_still_read_a_bare_name(harness: Harness) -> None:
    person = harness.person("someone")
    await person.send("start demo")
    await person.send("mia")
    assert await name(harness) == "mia"


async def test_a_feeling_is_not_taken_for_a_name(harness: Harness) -> None:
    person = harness.person("someone")
    await person.send("start demo")
    reply = said(await person.send("I'm tired, long day at work"))
    assert await name(harness) is None, reply


NOT_NAMES = [
    "I'm Happy to be here",
    "I'm Not sure",
    "I'm Tired of this",
    "I'm Sorry, what?",
    "I'm Good thanks",
    "This is Hard work",
]


@pytest.mark.parametrize("text", NOT_NAMES)
async def test_a_capitalised_feeling_is_not_taken_for_a_name(harness: Harness, text: str) -> None:
    person = harness.person("someone")
    await person.send("start demo")
    reply = said(await person.send(text))
    assert await name(harness) is None, reply
