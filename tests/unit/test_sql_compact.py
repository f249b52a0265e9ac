"""`compact`: the hot statements are sent short enough for psycopg to cache their parsing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from engine.messages import Platform, PlatformIdentity
from engine.store.database import compact
from engine.store.turns import load_statement, locked_reload

PSYCOPG_CACHED_LENGTH = 4096  # psycopg._queries.MAX_CACHED_STATEMENT_LENGTH


def test_whitespace_goes_outside_literals_and_stays_inside() -> None:
    sql = """
        SELECT coalesce(x ,  '{}' ),  string_agg(a, ' /  ' ORDER BY id)
        FROM t WHERE b = %(b)s   AND c <> 'it''s  here'
    """
    assert compact(sql) == (
        "SELECT coalesce(x,'{}'),string_agg(a,' /  ' ORDER BY id)"
        " FROM t WHERE b = %(b)s AND c <> 'it''s  here'"
    )


def test_a_comment_is_refused_rather_than_left_to_swallow_the_rest() -> None:
    with pytest.raises(ValueError, match="comment"):
        compact("SELECT 1 -- one\nFROM t")
    assert compact("SELECT '--' AS dashes") == "SELECT '--' AS dashes"


@pytest.mark.parametrize("user_id", [None, 42])
def test_the_turns_load_fits_psycopgs_query_cache(user_id: int | None) -> None:
    identity = PlatformIdentity(Platform.CONSOLE, "local", "ada")
    now = datetime(2026, 12, 3, tzinfo=UTC)
    assert len(load_statement(intro=False)) <= PSYCOPG_CACHED_LENGTH
    opening, _ = locked_reload(user_id, identity, key="k", now=now)
    assert len(f"BEGIN; {opening}".encode()) <= PSYCOPG_CACHED_LENGTH  # as Database.write sends
