"""Admin password hashes and the signed session cookie."""

from __future__ import annotations

import time

import pytest

from adapters.web.admin.auth import (
    Session,
    SessionSigner,
    hash_password,
    verify_password,
)

KEY = "Zx8kQ2mV7pL0aR4tY6uI9oP3sD5fG1hJ-wE_cN8bM2v"
OTHER_KEY = "Qw3eR5tY7uI9oP1aS2dF4gH6jK8lZ0xC-vB_nM3qW5e"


def test_hash_has_the_documented_format_and_verifies() -> None:
    stored = hash_password("open sesame, friend")
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(salt) == 22 and len(key) == 43  # 16 and 32 bytes, base64 without padding
    assert verify_password("open sesame, friend", stored)
    assert not verify_password("open sesame, friend ", stored)
    assert hash_password("open sesame, friend") != stored  # a fresh salt each time


@pytest.mark.parametrize("stored", [None, "", "plain", "pbkdf2$1$2$3$4$5", "scrypt$x$8$1$a$b"])
def test_missing_or_malformed_hashes_match_nothing(stored: str | None) -> None:
    assert not verify_password("anything", stored)


def test_session_cookie_round_trips_and_rejects_tampering() -> None:
    signer = SessionSigner(KEY)
    session = Session.fresh(admin=True)
    cookie = signer.dump(session)
    assert signer.load(cookie) == session
    body, mac = cookie.rsplit(".", 1)
    forged = signer.dump(Session(True, "attacker", session.expires)).rsplit(".", 1)[0]
    assert signer.load(f"{forged}.{mac}") is None
    other = "y" if mac[0] == "x" else "x"  # a MAC may itself start with "x"
    assert signer.load(f"{body}.{other}{mac[1:]}") is None
    assert SessionSigner(OTHER_KEY).load(cookie) is None
    assert signer.load("garbage") is None and signer.load(None) is None


def test_expired_sessions_are_gone() -> None:
    signer = SessionSigner(KEY)
    stale = Session(True, "token", int(time.time()) - 1)
    assert signer.load(signer.dump(stale)) is None


def test_csrf_token_comparison() -> None:
    session = Session.fresh()
    assert session.valid_token(session.csrf)
    assert not session.valid_token(None) and not session.valid_token("")
    assert not session.valid_token(session.csrf[:-1])


@pytest.mark.parametrize(
    "key",
    ["short", "k" * 64, "test-secret-key-0123456789abcdef", "correct horse battery staple!"],
)
def test_a_short_or_low_entropy_secret_key_is_refused(key: str) -> None:
    with pytest.raises(ValueError):
        SessionSigner(key)


def test_passwords_shorter_than_twelve_characters_are_refused() -> None:
    with pytest.raises(ValueError, match="12"):
        hash_password("elevenchars")
    assert verify_password("twelve chars", hash_password("twelve chars"))
