"""Admin login: scrypt password hashes, a signed session cookie, and its CSRF token.

Password hash format (the value of ADMIN_PASSWORD_HASH), made by `hash_password`::

    scrypt$<n>$<r>$<p>$<salt>$<key>

with n, r, p the scrypt cost parameters (16384, 8, 1), and salt (16 bytes) and key
(32 bytes) in URL-safe base64 without padding.

The session is a cookie holding base64(JSON) and an HMAC-SHA256 of it under the app's
secret key (ADMIN_SECRET_KEY, at least 32 random bytes; never derived from anything
public): `{"admin": bool, "csrf": token, "exp": unix time, "sid": id}`. Every visitor gets
one (so the login form has a CSRF token too); logging in replaces it with a fresh token and
a session id recorded in `admin_sessions`, which logout revokes server-side. Every POST
must carry the session's token in the form field `csrf_token` or the `X-CSRF-Token` header.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
COOKIE = "coachbot_admin"
SESSION_SECONDS = 12 * 3600
MIN_PASSWORD_LENGTH = 12
# 32 random bytes are 43 characters of URL-safe base64 (or 64 hex digits).
MIN_SECRET_KEY_LENGTH = 43


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """An ADMIN_PASSWORD_HASH value for `password` (see the module docstring for the format)."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")
    salt = salt or secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True when `password` matches `stored`; a missing or malformed hash matches nothing."""
    if not stored or not password:
        return False
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = _unb64(key)
        actual = hashlib.scrypt(
            password.encode(),
            salt=_unb64(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=256 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass(frozen=True, slots=True)
class Session:
    admin: bool
    csrf: str
    expires: int
    sid: str = ""  # admin sessions only: the key of their `admin_sessions` row

    @classmethod
    def fresh(cls, *, admin: bool = False) -> Session:
        sid = secrets.token_urlsafe(32) if admin else ""
        return cls(admin, secrets.token_urlsafe(32), int(time.time()) + SESSION_SECONDS, sid)

    def valid_token(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf, str(token))


class SessionSigner:
    """Signs and reads the session cookie with the app's secret key."""

    def __init__(self, secret_key: str) -> None:
        if len(secret_key) < MIN_SECRET_KEY_LENGTH or len(set(secret_key)) < 12:
            raise ValueError(
                f"the admin secret key must be at least {MIN_SECRET_KEY_LENGTH} random characters"
            )
        self._key = hashlib.sha256(b"coachbot-admin-session:" + secret_key.encode()).digest()

    def _mac(self, body: str) -> str:
        return _b64(hmac.new(self._key, body.encode(), hashlib.sha256).digest())

    def dump(self, session: Session) -> str:
        body = _b64(
            json.dumps(
                {
                    "admin": session.admin,
                    "csrf": session.csrf,
                    "exp": session.expires,
                    "sid": session.sid,
                },
                separators=(",", ":"),
            ).encode()
        )
        return f"{body}.{self._mac(body)}"

    def load(self, cookie: str | None) -> Session | None:
        """The session in `cookie`, or None when it is missing, forged or expired."""
        if not cookie or "." not in cookie:
            return None
        body, mac = cookie.rsplit(".", 1)
        if not hmac.compare_digest(mac, self._mac(body)):
            return None
        try:
            data = json.loads(_unb64(body))
            session = Session(
                bool(data["admin"]), str(data["csrf"]), int(data["exp"]), str(data.get("sid", ""))
            )
        except (ValueError, KeyError, TypeError):
            return None
        return session if session.expires > time.time() else None
