"""The Slack front door under hostile input: body caps, signatures first, bounded metrics."""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

from tests.fakes.slack_server import FakeSlack, direct_message, signed_headers
from tests.harness import SECRET


async def _raw_exchange(base: str, head: bytes, chunks: AsyncIterator[bytes]) -> bytes:
    """Send a request by hand (so nothing buffers it for us) and read the answer."""
    url = urlsplit(base)
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    try:
        writer.write(head)
        try:
            async for chunk in chunks:
                writer.write(chunk)
                await writer.drain()
        except ConnectionError:
            pass  # the server answered and closed: what we want
        return await asyncio.wait_for(reader.read(4096), timeout=10)
    finally:
        writer.close()


async def _zeros(total: int, size: int = 64 * 1024) -> AsyncIterator[bytes]:
    for _ in range(total // size):
        yield b"0" * size


async def _chunked(total: int, size: int = 64 * 1024) -> AsyncIterator[bytes]:
    for _ in range(total // size):
        yield f"{size:x}\r\n".encode() + b"{" * size + b"\r\n"
    yield b"0\r\n\r\n"


async def test_a_200_mb_declared_body_is_refused_without_being_read(make_harness: Any) -> None:
    async with make_harness() as h:
        base = str(h.http.base_url)
        head = (
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 200000000\r\n\r\n"
        )
        started = time.monotonic()
        answer = await _raw_exchange(base, head, _zeros(256 * 1024))
        assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
        assert time.monotonic() - started < 5
        # The process still answers signed requests at once.
        assert (await h.post_json(direct_message("hello", "Ev0AFTER1"))).status_code == 200


async def test_a_chunked_body_without_length_is_cut_off_past_one_megabyte(
    make_harness: Any,
) -> None:
    async with make_harness() as h:
        head = (
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        answer = await _raw_exchange(str(h.http.base_url), head, _chunked(3 * 1024 * 1024))
    assert answer.startswith(b"HTTP/1.1 413"), answer[:80]
    assert h.engine.messages == []


async def test_a_signed_body_just_under_the_cap_still_reaches_bolt(
    make_harness: Any, slack: FakeSlack
) -> None:
    payload = direct_message("hello", "Ev0BIG1")
    payload["padding"] = "x" * (1024 * 1024 - 2048)
    async with make_harness() as h:
        assert (await h.post_json(payload)).status_code == 200
        await slack.wait_for("chat.postMessage")
    assert [m.text for m in h.engine.messages] == ["hello"]


async def test_unsigned_or_malformed_bodies_get_401_or_400_never_500(make_harness: Any) -> None:
    async with make_harness() as h:
        unsigned = await h.http.post(
            "/slack/events", content=b"{not json", headers={"Content-Type": "application/json"}
        )
        assert unsigned.status_code == 401 and "Traceback" not in unsigned.text
        for body, kind in (
            (b"{not json", "application/json"),
            (b"[1, 2]", "application/json"),
            (b"\xff\xfe", "application/x-www-form-urlencoded"),
            (b"payload=%7Bbroken", "application/x-www-form-urlencoded"),
        ):
            headers = signed_headers(body, SECRET, content_type=kind)
            reply = await h.http.post("/slack/events", content=body, headers=headers)
            assert reply.status_code == 400, (body, reply.status_code, reply.text)
            assert "Traceback" not in reply.text
    assert h.engine.messages == []


def _junk(n: int) -> bytes:
    kind = f"junk-{n}-{secrets.token_hex(8)}"
    return json.dumps(
        {"type": "event_callback", "event": {"type": kind}, "event_id": f"Ev{n}"}
    ).encode()


async def test_two_thousand_junk_requests_do_not_grow_metrics(make_harness: Any) -> None:
    async with make_harness() as h:
        await h.post_json(direct_message("hello", "Ev0WARM1"))  # every allowed series once
        await h.http.post("/slack/events", content=b"x")
        await h.post_json({"type": "event_callback", "event": {"type": "x"}})
        await h.post_json({"type": "junk-top"})
        before = (await h.http.get("/metrics")).text

        async def send(n: int) -> None:
            body = _junk(n)
            if n % 2:  # half signed (verified, yet of types nobody listed), half not
                headers = signed_headers(body, SECRET, content_type="application/json")
            else:
                headers = {"Content-Type": "application/json"}
            await h.http.post("/slack/events", content=body, headers=headers)

        for start in range(0, 2000, 100):
            await asyncio.gather(*(send(n) for n in range(start, start + 100)))
        after = (await h.http.get("/metrics")).text
    assert "junk" not in after
    series = [line for line in after.splitlines() if not line.startswith("#")]
    assert len(series) == len([line for line in before.splitlines() if not line.startswith("#")])
    assert len(after) < len(before) + 200  # counters grew in digits, not in series
    assert 'coachbot_slack_requests_total{type="rejected"} 1001.0' in after
    assert 'coachbot_slack_requests_total{type="event:other"} 1001.0' in after


async def test_a_rejected_request_body_never_reaches_the_logs(
    make_harness: Any, caplog: Any
) -> None:
    caplog.set_level("DEBUG")
    secret_text = "my-private-dm-" + secrets.token_hex(6)
    async with make_harness() as h:
        body = json.dumps(direct_message(secret_text, "Ev0BAD1")).encode()
        bad = signed_headers(body, "the-wrong-secret", content_type="application/json")
        assert (await h.http.post("/slack/events", content=body, headers=bad)).status_code == 401
    assert secret_text not in caplog.text
