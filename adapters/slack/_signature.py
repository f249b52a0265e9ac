"""Slack request signatures, checked on the raw bytes before anything parses them.

Slack signs `v0:{timestamp}:{body}` with HMAC-SHA256 under the signing secret and
sends it in `X-Slack-Signature`; a timestamp more than five minutes off is a replay.
This is the check Bolt also makes, done first so that an unsigned body is never
decoded, parsed, logged or counted under a label it chose.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Mapping

MAX_CLOCK_SKEW_SECONDS = 300


def signature_is_valid(
    body: bytes, headers: Mapping[str, str], *, secret: str, now: float | None = None
) -> bool:
    """True when `headers` carry a fresh, correct Slack signature of `body`."""
    timestamp = headers.get("x-slack-request-timestamp", "")
    signature = headers.get("x-slack-signature", "")
    if not timestamp.isdigit() or not signature.startswith("v0="):
        return False
    current = time.time() if now is None else now
    if abs(current - int(timestamp)) > MAX_CLOCK_SKEW_SECONDS:
        return False
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
