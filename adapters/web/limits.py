"""Request body caps for the web process, enforced before anything parses the body.

`BodyLimit` is plain ASGI middleware: a declared `Content-Length` over the cap is
refused at once (413) without reading a byte; otherwise the body is read chunk by
chunk (which also covers chunked uploads without a length) and refused as soon as
it passes the cap. Only a body within the cap reaches the app, replayed in one
piece, so a 200 MB POST costs at most the cap in memory.
"""

from __future__ import annotations

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

SLACK_EVENT_BYTES = 1024 * 1024
ADMIN_FORM_BYTES = 256 * 1024


class BodyLimit:
    """Answer 413 to HTTP requests whose body is larger than `max_bytes`."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await PlainTextResponse("Bad Content-Length.", status_code=400)(scope, receive, send)
            return
        if declared is not None and declared > self.max_bytes:
            await _too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                await _too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _content_length(scope: Scope) -> int | None:
    """The declared length; None when absent, -1 when it is not a number."""
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                length = int(value)
            except ValueError:
                return -1
            return length if length >= 0 else -1
    return None


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    response = PlainTextResponse(
        "Request body too large.", status_code=413, headers={"Connection": "close"}
    )
    await response(scope, receive, send)
