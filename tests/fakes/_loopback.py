"""Serving a fake's aiohttp application on loopback, the same way for every fake."""

from __future__ import annotations

from typing import Any

from aiohttp import web


async def serve_on_loopback(app: web.Application, **options: Any) -> tuple[web.AppRunner, int]:
    """Serve `app` on 127.0.0.1 at a free port: the runner (clean it up to stop) and the port.

    `options` go to `web.AppRunner` (`access_log=None`, `shutdown_timeout=…`, …).
    """
    runner = web.AppRunner(app, **options)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner, runner.addresses[0][1]
