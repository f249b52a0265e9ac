"""Admin password hashes and the signed session cookie."""

from __future__ import annotations

import time

import pytest

from adapters.web.admin.auth import (
    LoginThrottle,
    Session,
    SessionSigner,
    hash_password,
    verify_password,
)


def test_hash_has_the_documented_format_and_verifies() -> None:
    stored = hash_password("open sesame")
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(salt) == 22 and len(key) == 43  # 16 and 32 bytes, base64 without padding
    assert verify_password("open sesame", stored)
    assert not verify_password("open sesame ", stored)
    assert hash_password("open sesame") != stored  # a fresh salt each time


@pytest.mark.parametrize("stored", [None, "", "plain", "pbkdf2$1$2$3$4$5", "scrypt$x$8$1$a$b"])
def test_missing_or_malformed_hashes_match_nothing(stored: str | None) -> None:
    assert not verify_password("anything", stored)


def test_session_cookie_round_trips_and_rejects_tampering() -> None:
    signer = SessionSigner("k" * 32)
    session = Session.fresh(admin=True)
    cookie = signer.dump(session)
    assert signer.load(cookie) == session
    body, mac = cookie.rsplit(".", 1)
    forged = signer.dump(Session(True, "attacker", session.expires)).rsplit(".", 1)[0]
    assert signer.load(f"{forged}.{mac}") is None
    assert signer.load(f"{body}.x{mac[1:]}") is None
    assert SessionSigner("other-secret-key-1234").load(cookie) is None
    assert signer.load("garbage") is None and signer.load(None) is None


def test_expired_sessions_are_gone() -> None:
    signer = SessionSigner("k" * 32)
    stale = Session(True, "token", int(time.time()) - 1)
    assert signer.load(signer.dump(stale)) is None


def test_csrf_token_comparison() -> None:
    session = Session.fresh()
    assert session.valid_token(session.csrf)
    assert not session.valid_token(None) and not session.valid_token("")
    assert not session.valid_token(session.csrf[:-1])


def test_a_short_secret_key_is_refused() -> None:
    with pytest.raises(ValueError):
        SessionSigner("short")


def test_failed_logins_are_throttled_per_client_for_a_while() -> None:
    throttle = LoginThrottle(limit=3, window=60)
    for second in range(3):
        assert not throttle.blocked("10.0.0.1", now=second)
        throttle.failed("10.0.0.1", now=second)
    assert throttle.blocked("10.0.0.1", now=10)
    assert not throttle.blocked("10.0.0.2", now=10)
    assert not throttle.blocked("10.0.0.1", now=61)  # the oldest failure has aged out
