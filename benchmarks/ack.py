"""`ack`: Slack's HTTP front door acknowledges at once while a 10 s engine turn runs.

The app under test (the real slack-bolt app from our factories, on uvicorn, with
a fake Slack Web API and an engine whose turns take 10 s) runs in its own
process, so the load generator's CPU does not count against the acks.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from typing import Any

import httpx

from benchmarks._common import latency_summary, throughput
from benchmarks._fakes import FakeSlackApi, serve_asgi, signed_headers
from benchmarks._progress import Progress
from engine.messages import IncomingMessage, Reply

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench-token"


class SlowEngine:
    """The engine port taking `seconds` per turn, as a slow LLM call would."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.started = 0
        self.finished = 0

    async def handle(self, message: IncomingMessage) -> list[Reply]:
        self.started += 1
        await asyncio.sleep(self.seconds)
        self.finished += 1
        return [Reply(text="Thanks, noted.")]


def direct_message(n: int) -> dict[str, Any]:
    ts = f"{1_700_000_000 + n}.000200"
    return {
        "token": "XXYYZZ",
        "team_id": "T0001",
        "api_app_id": "A0001",
        "event": {
            "type": "message",
            "text": f"hello coach {n}",
            "user": f"U{n:05d}",
            "ts": ts,
            "team": "T0001",
            "channel": f"D{n:05d}",
            "event_ts": ts,
            "channel_type": "im",
        },
        "type": "event_callback",
        "event_id": f"EvBENCH{n:06d}",
        "event_time": 1_700_000_000 + n,
        "authorizations": [
            {"team_id": "T0001", "user_id": "UBOT", "is_bot": True, "is_enterprise_install": False}
        ],
    }


async def serve(turn_seconds: float) -> None:
    """The server process: print the URL, serve until stdin closes, then print the stats."""
    from adapters.slack import build_asgi_app, build_slack_app

    slack = FakeSlackApi()
    await slack.start()
    engine = SlowEngine(turn_seconds)
    bot = build_slack_app(handler=engine, signing_secret=SECRET, token=TOKEN, api_url=slack.api_url)
    async with serve_asgi(build_asgi_app(bot)) as url:
        print(url, flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        in_flight = engine.started - engine.finished
        deadline = time.monotonic() + turn_seconds + 10
        while engine.finished < engine.started and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.3)
    await bot.aclose()
    await slack.stop()
    print(
        json.dumps(
            {
                "turns_started": engine.started,
                "turns_running_when_load_ended": in_flight,
                "turns_finished": engine.finished,
                "slack_api_calls": dict(slack.calls),
            }
        ),
        flush=True,
    )


async def bench_ack(
    *, requests: int = 500, concurrency: int = 10, turn_seconds: float = 10.0, progress: Progress
) -> dict[str, Any]:
    server = subprocess.Popen(  # noqa: ASYNC220  # a long-lived child; pipes read in threads
        [sys.executable, "-m", "benchmarks.ack", str(turn_seconds)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    url = await asyncio.to_thread(server.stdout.readline)
    if not url.startswith("http"):
        server.kill()
        raise RuntimeError("the Slack app did not start")
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    task = progress.task(f"ack: {requests} signed requests", requests)
    try:
        async with httpx.AsyncClient(
            base_url=url.strip(), limits=httpx.Limits(max_connections=concurrency)
        ) as http:
            # Warm-up request (auth.test, first-use imports); not counted.
            warm = json.dumps(direct_message(999_999)).encode()
            await http.post(
                "/slack/events",
                content=warm,
                headers=signed_headers(warm, SECRET, content_type="application/json"),
            )
            queue: asyncio.Queue[int] = asyncio.Queue()
            for n in range(requests):
                queue.put_nowait(n)

            async def client() -> None:
                while not queue.empty():
                    n = queue.get_nowait()
                    body = json.dumps(direct_message(n)).encode()
                    headers = signed_headers(body, SECRET, content_type="application/json")
                    started = time.perf_counter()
                    response = await http.post("/slack/events", content=body, headers=headers)
                    latencies.append(time.perf_counter() - started)
                    statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
                    progress.update(task, advance=1)

            begun = time.perf_counter()
            await asyncio.gather(*(client() for _ in range(concurrency)))
            elapsed = time.perf_counter() - begun
    finally:
        server.stdin.close()
    report = await asyncio.to_thread(server.stdout.read)
    await asyncio.to_thread(server.wait, turn_seconds + 30)
    server_stats = json.loads(report.strip().splitlines()[-1]) if report.strip() else {}
    summary = latency_summary(latencies)
    return {
        "requests": requests,
        "client_concurrency": concurrency,
        "engine_turn_seconds": turn_seconds,
        **throughput(requests, elapsed, "requests_per_s"),
        "ack_latency": summary,
        "statuses": statuses,
        "server": server_stats,
        "target_p99_under_100ms": summary["p99_ms"] < 100,
        "note": "signed Events API message.im requests (one per person) to the real slack-bolt"
        " ASGI app on uvicorn in a separate process, fake Slack Web API on loopback; every"
        " engine turn sleeps 10 s; latency = HTTP request to response at the client",
    }


if __name__ == "__main__":
    asyncio.run(serve(float(sys.argv[1]) if len(sys.argv) > 1 else 10.0))
