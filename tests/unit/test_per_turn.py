"""`per_turn`: a pure reading of the words is made once per turn, and forgotten after it."""

from __future__ import annotations

from engine.commands.parsing import parse_command
from engine.per_turn import per_turn, remembering

calls: list[tuple[str, bool]] = []


@per_turn
def _reading(text: str, *, strict: bool = False) -> str | None:
    calls.append((text, strict))
    return None if not text else text.upper()


def test_inside_a_turn_each_reading_is_made_once() -> None:
    calls.clear()
    with remembering():
        assert _reading("yes") == _reading("yes") == "YES"
        assert _reading("") is None and _reading("") is None  # None is remembered too
        assert _reading("yes", strict=True) == "YES"  # other arguments: another reading
    assert calls == [("yes", False), ("", False), ("yes", True)]


def test_the_memo_ends_with_its_turn_and_there_is_none_outside() -> None:
    calls.clear()
    with remembering():
        _reading("yes")
    with remembering():
        _reading("yes")  # a new turn reads again
    _reading("yes")
    _reading("yes")  # outside a turn: every call reads
    assert len(calls) == 4


def test_a_memoised_parser_answers_as_it_does_unmemoised() -> None:
    with remembering():
        inside = [parse_command(t) for t in ("help", "start demo", "I feel fine", "help")]
    assert inside == [parse_command(t) for t in ("help", "start demo", "I feel fine", "help")]
