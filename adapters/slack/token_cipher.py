"""Slack OAuth tokens encrypted at rest with Fernet (AES-128-CBC + HMAC-SHA256).

`COACHBOT_ENCRYPTION_KEY` holds one or more Fernet keys separated by commas. The
first key encrypts; every key decrypts (`MultiFernet`), so a key is rotated by
putting a new one first, running `coachbot slack rotate-key` (which re-encrypts
every stored token with the first key), and then dropping the old key.

A stored value is `fernet:<token>`. Rows written before encryption hold the bare
token (`xoxb-…`): they are still read as they are and are encrypted by the next
`rotate-key`, so an upgrade needs no downtime.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

PREFIX = "fernet:"
TOKEN_COLUMNS = ("bot_token", "bot_refresh_token", "user_token", "user_refresh_token")


class TokenCipherError(Exception):
    """A stored token that none of the configured keys can decrypt."""


class TokenCipher:
    """Encrypts and decrypts token column values with the configured keys."""

    def __init__(self, keys: str) -> None:
        """Args:
            keys: comma-separated Fernet keys (`Fernet.generate_key()`), newest first.

        Raises:
            ValueError: no key, or one that is not a Fernet key.
        """
        parts = [k.strip() for k in keys.split(",") if k.strip()]
        if not parts:
            raise ValueError("COACHBOT_ENCRYPTION_KEY is empty")
        self._fernet = MultiFernet([Fernet(k) for k in parts])

    def encrypt(self, token: str | None) -> str | None:
        if token is None:
            return None
        return PREFIX + self._fernet.encrypt(token.encode()).decode()

    def decrypt(self, stored: str | None) -> str | None:
        """The token in `stored`; a value written before encryption is returned as is."""
        if stored is None or not stored.startswith(PREFIX):
            return stored
        try:
            return self._fernet.decrypt(stored.removeprefix(PREFIX).encode()).decode()
        except InvalidToken:
            raise TokenCipherError("a stored Slack token does not decrypt with any key") from None

    def rotate(self, stored: str | None) -> str | None:
        """`stored` re-encrypted with the first key (plain values get encrypted)."""
        if stored is None:
            return None
        if not stored.startswith(PREFIX):
            return self.encrypt(stored)
        try:
            fresh = self._fernet.rotate(stored.removeprefix(PREFIX).encode())
        except InvalidToken:
            raise TokenCipherError("a stored Slack token does not decrypt with any key") from None
        return PREFIX + fresh.decode()
