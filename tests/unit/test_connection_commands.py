"""Connections commands are recognised only as whole messages; send-time rules for intros."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest

from engine.commands import CommandName, parse_command
from engine.connections.commands import (
    SetAvailability,
    SetOptIn,
    SetProfileField,
    ShowConnections,
    ShowProfile,
    parse_connection_command,
)
from engine.connections.delivery import Hold, Later, connection_verdict
from engine.connections.intros import ConnectionRef, parse_ref
from engine.connections.profile import ProfileField, split_list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("profile", ShowProfile()),
        ("Show my profile.", ShowProfile()),
        (
            "profile working on our billing migration",
            SetProfileField(ProfileField.CHALLENGE, "our billing migration"),
        ),
        (
            "profile expertise: Kafka, Event Sourcing",
            SetProfileField(ProfileField.EXPERTISE, "Kafka, Event Sourcing"),
        ),
        ("profile team is Platform", SetProfileField(ProfileField.DEPARTMENT, "Platform")),
        ("profile role clear", SetProfileField(ProfileField.ROLE, "")),
        ("connections on", SetOptIn(True)),
        ("/connections off!", SetOptIn(False)),
        ("connections", ShowConnections()),
        ("busy", SetAvailability("busy")),
        ("I'm available", SetAvailability("available")),
        ("away", SetAvailability("away")),
    ],
)
def test_connection_commands_are_parsed(text: str, expected: object) -> None:
    assert parse_connection_command(text) == expected
    command = parse_command(text)
    assert command is not None and command.name is CommandName.CONNECTIONS


@pytest.mark.parametrize(
    "text",
    [
        "busy week, but good",
        "my profile picture is old",
        "profile of my manager",
        "I'm away until Dec 5",
        "available next week?",
    ],
)
def test_sentences_stay_answers_or_other_commands(text: str) -> None:
    assert parse_connection_command(text) is None


def test_away_until_is_still_the_away_command() -> None:
    command = parse_command("away until Dec 5")
    assert command is not None and command.name is CommandName.AWAY


def test_list_fields_are_split_and_deduplicated() -> None:
    assert split_list("Kafka, event sourcing; Kafka,, ") == ("Kafka", "event sourcing")


def test_refs_name_their_suggestion() -> None:
    assert parse_ref("conn.12") == ConnectionRef(12, met=False)
    assert parse_ref("conn.12.met") == ConnectionRef(12, met=True)
    assert parse_ref("conn.x") is None and parse_ref("step.1") is None
    assert parse_ref("conn.12.other") is None


NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


def _row(**changes: Any) -> dict[str, Any]:
    row = {
        "conn_status": "suggested",
        "conn_expires_at": NOW + timedelta(days=3),
        "conn_opt_in": True,
        "conn_availability": "available",
        "other_opt_in": True,
        "other_availability": "available",
        "conn_met_answered": False,
        "conn_timezone": "UTC",
        "conn_has_enrolment": False,
        "conn_quiet_start": None,
        "conn_quiet_end": None,
    }
    return row | changes


def test_an_intro_is_sent_when_both_are_still_in() -> None:
    assert connection_verdict("connection_intro", _row(), NOW) is None


@pytest.mark.parametrize(
    ("changes", "status"),
    [
        ({"conn_opt_in": False}, "cancelled"),
        ({"other_opt_in": False}, "cancelled"),
        ({"conn_availability": "busy"}, "cancelled"),
        ({"other_availability": "away"}, "cancelled"),
        ({"conn_status": "declined"}, "cancelled"),
        ({"conn_status": None}, "cancelled"),
        ({"conn_expires_at": NOW}, "expired"),
    ],
)
def test_an_intro_is_held_when_anything_changed(changes: dict[str, Any], status: str) -> None:
    verdict = connection_verdict("connection_intro", _row(**changes), NOW)
    assert isinstance(verdict, Hold) and verdict.status == status


def test_default_quiet_hours_apply_without_an_enrolment() -> None:
    night = datetime(2026, 12, 2, 22, 30, tzinfo=UTC)
    verdict = connection_verdict(
        "connection_intro", _row(conn_expires_at=night + timedelta(1)), night
    )
    assert isinstance(verdict, Later) and verdict.due == datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    berlin = _row(
        conn_timezone="Europe/Berlin",
        conn_has_enrolment=True,
        conn_quiet_start=time(12, 0),
        conn_quiet_end=time(14, 0),
    )
    assert isinstance(
        connection_verdict("connection_reveal", berlin | {"conn_status": "connected"}, NOW), Later
    )


def test_a_met_question_is_asked_once_and_only_for_connected_pairs() -> None:
    connected = _row(conn_status="connected")
    assert connection_verdict("connection_met", connected, NOW) is None
    assert isinstance(
        connection_verdict("connection_met", connected | {"conn_met_answered": True}, NOW), Hold
    )
    assert isinstance(connection_verdict("connection_met", _row(), NOW), Hold)
